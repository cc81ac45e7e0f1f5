// Protects Danish alphabetical order: æ, ø, å (and "aa") after z, accents folded as Danes expect,
// both for the sort key itself and for SQL's ORDER BY name_sort, always agreeing with Intl.Collator('da').
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, RESIDENCE_INPUT, type TestBackend } from '../../../tests/fixtures/backend';
import { compareDanish, danishSortKey } from './danish-sort-key';

// Names a Danish care provider meets: Danish letters, aa-names, and names from the neighbours
// and the people who work in Danish care (German, Swedish, Icelandic/Faroese, Polish, Turkish).
const NAMES = [
  'Aabenraa', 'Aagaard', 'aage', 'Åge', 'Åbrinken', 'Åse', 'Ångström', 'Abel', 'Ábel', 'Anne Marie', 'Anne-Marie', 'Annemarie',
  'Zealand', 'Zoe', 'ZZ Top', 'Ærø', 'Æble', 'Ægir', 'Ärla', 'Ødis', 'Øster', 'Ørsted', 'Öland', 'Møller', 'Moeller', 'Müller',
  'Myrup', 'Über', 'Uber', 'Ytte', 'Yvonne', 'Éric', 'Eric', 'Erik', 'Bjørn', 'Bjarne', 'Ole', 'Olé', 'Hansen', 'hansen',
  'Skovhuset 2', 'Skovhuset 10', 'Nuñez', 'Nunez', 'Şahin', 'Sahin', 'Guðrun', 'Gudrun', 'Gunnar', 'Þórhallur', 'Thorsen', 'Tove',
  'Łukasz', 'Lukas', 'Lars', 'Yıldız', 'Yildiz', 'Yilmaz', 'Straße', 'Strassen', 'Strand', 'Vesterå', 'Vesteraa', 'Vesterby',
  'U\u0308lla', 'Ulla', 'Ylva', 'A\u030Asted', 'Astrup',
];

const byKey = (a: string, b: string) => {
  const ka = danishSortKey(a);
  const kb = danishSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
const primary = new Intl.Collator('da', { sensitivity: 'base' });

describe('danishSortKey', () => {
  it('orders æ, ø, å after z, and "aa" as å', () => {
    const sorted = ['Åse', 'Zoe', 'Ærø', 'Aabenraa', 'Øster', 'Abel'].sort(byKey);
    expect(sorted).toEqual(['Abel', 'Zoe', 'Ærø', 'Øster', 'Aabenraa', 'Åse']);
  });

  it('orders every pair of names as Intl.Collator("da") does at primary strength', () => {
    const mismatches: string[] = [];
    for (const a of NAMES) {
      for (const b of NAMES) {
        if (Math.sign(byKey(a, b)) !== Math.sign(primary.compare(a, b))) {
          mismatches.push(`${a} vs ${b}: key says ${byKey(a, b)}, collator says ${primary.compare(a, b)} (keys "${danishSortKey(a)}", "${danishSortKey(b)}")`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('sorts the whole list into the collator order (ties aside)', () => {
    const keyOrder = [...NAMES].sort(byKey);
    const collatorOrder = [...NAMES].sort(compareDanish);
    // Equal keys (Éric/Eric, Hansen/hansen) may tie-break differently; compare at primary strength.
    keyOrder.forEach((name, index) => expect(primary.compare(name, collatorOrder[index]!), `${name} at ${index}`).toBe(0));
  });

  it('ignores case, surrounding space and repeated inner space', () => {
    expect(danishSortKey('  Ørne   Reden ')).toBe(danishSortKey('ørne reden'));
  });
});

describe('ORDER BY name_sort', () => {
  let t: TestBackend;
  beforeAll(async () => {
    t = await createTestBackend({ adminOnly: true });
  });
  afterAll(() => t.close());

  it('lists residences in the same order as Intl.Collator("da")', async () => {
    // One name per sort key: residence names are unique by key.
    const seen = new Set<string>();
    const names = NAMES.filter((name) => !seen.has(danishSortKey(name)) && seen.add(danishSortKey(name)));
    expect(names.length).toBeGreaterThan(40);
    for (const name of [...names].reverse()) {
      await t.callOk('residences.create', { ...RESIDENCE_INPUT, name }, t.tokens.administrator);
    }
    const listed = (await t.callOk('residences.list', {}, t.tokens.administrator)).map((r) => r.name);
    expect(listed).toEqual([...names].sort(compareDanish));
    const fromSql = t.backend.db.prepare('SELECT name FROM residences ORDER BY name_sort').pluck().all();
    expect(fromSql).toEqual([...names].sort(compareDanish));
  });
});
