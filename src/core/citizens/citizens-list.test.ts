// Protects the citizen list through dispatch: server-side paging in Danish order, the derived
// status and row fields, every filter, name and CPR search (a whole CPR only with CPR access),
// visibility for scoped users, exactly one audit row per search, and the query plans behind it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, RESIDENCE_INPUT, type TestBackend } from '../../../tests/fixtures/backend';
import { adminActor, PLACEMENT_FIELDS } from '../../../tests/fixtures/citizens';
import type { Db } from '../db/open-database';
import { compareDanish } from '../text/danish-sort-key';
import { createCitizenListQuery, type CitizenListParams } from './citizen-list-query';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

type Stay = { residenceId: number; moveIn: string; moveOut?: string | null; room?: string | null };
let serial = 0;
/** A citizen with a unique CPR number born `birth` (DDMMÅÅ, 1900s), optionally with stays. */
async function citizen(firstName: string, lastName: string, stays: Stay[] = [], birth = '010170') {
  serial += 1;
  const cpr = `${birth}${String(1000 + serial)}`;
  const [first, ...more] = stays;
  const created = await t.callOk('citizens.create', { firstName, lastName, cpr, stay: first ? { moveOut: null, ...first } : null }, admin);
  for (const stay of more) await t.callOk('citizens.addStay', { citizenId: created.id, moveOut: null, ...stay }, admin);
  return created.id;
}
const list = (input: InputOf<'citizens.list'> = {}, token = admin) => t.callOk('citizens.list', input, token);
const names = async (input: InputOf<'citizens.list'> = {}, token = admin) => (await list({ pageSize: 500, ...input }, token)).rows.map((row) => row.name);

describe('paging and Danish order', () => {
  it('pages on the server in Danish order, with the total', async () => {
    const people = ['Åse Ørum', 'Aage Aagaard', 'Zakarias Berg', 'Ærbø Hansen', 'Øjvind Lund', 'Anna Holm', 'anders And', 'Bo Bech', 'Émile Sørensen', 'Eva Ek', 'Ida Ibsen'];
    for (const name of people) await citizen(name.split(' ')[0]!, name.split(' ')[1]!);
    const expected = [...people].sort(compareDanish);
    expect(expected.slice(-4)).toEqual(['Ærbø Hansen', 'Øjvind Lund', 'Aage Aagaard', 'Åse Ørum']);
    const first = await list({ pageSize: 4 });
    expect(first).toMatchObject({ total: 11, page: 1, pageSize: 4 });
    expect(first.rows.map((row) => row.name)).toEqual(expected.slice(0, 4));
    expect((await list({ pageSize: 4, page: 3 })).rows.map((row) => row.name)).toEqual(expected.slice(8));
    expect((await list({ pageSize: 4, page: 4 })).rows).toEqual([]);
    expect(await names({ descending: true })).toEqual([...expected].reverse());
  });

  it('shows the current stay (else the latest), the acting municipality of today\'s placement and the contact person', async () => {
    const bo = await t.callOk('staff.create', { name: 'Bo Bøgh', title: 'Pædagog', employment: 'fast', homeResidenceId: null }, admin);
    const id = await citizen('Anna', 'Holm', [
      { residenceId: t.residences.other, moveIn: '2020-01-01', moveOut: '2024-12-31' },
      { residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2026-12-31', room: 'Værelse 2' },
      { residenceId: t.residences.other, moveIn: '2027-01-01' },
    ], '150372');
    await t.callOk('citizens.update', { firstName: 'Anna', lastName: 'Holm', cpr: `150372${1000 + serial}`, id, version: 1, contactStaffId: bo.id }, admin);
    t.backend.db.transaction(() => {
      t.backend.services.placements.create(adminActor(t), { ...PLACEMENT_FIELDS, citizenId: id, actingMunicipalityCode: '0101', startDate: '2020-01-01', endDate: '2024-12-31' });
      t.backend.services.placements.create(adminActor(t), { ...PLACEMENT_FIELDS, citizenId: id, startDate: '2025-01-01' });
    })();
    const gone = await citizen('Bo', 'Borte', [{ residenceId: t.residences.other, moveIn: '2020-01-01', moveOut: '2025-06-30', room: 'Lejlighed 1' }]);
    const { rows } = await list();
    expect(rows[0]).toEqual({
      id,
      name: 'Anna Holm',
      cprMasked: '150372-xxxx',
      birthDate: '1972-03-15',
      status: 'current',
      residenceId: t.residences.own,
      residenceName: 'Egebakken',
      room: 'Værelse 2',
      moveIn: '2025-01-01',
      moveOut: '2026-12-31',
      actingMunicipalityCode: '0751',
      actingMunicipalityName: 'Aarhus',
      contactStaffName: 'Bo Bøgh',
    });
    expect(rows[1]).toMatchObject({ id: gone, status: 'moved_out', residenceName: 'Lærkehøj', room: 'Lejlighed 1', moveOut: '2025-06-30', actingMunicipalityCode: null });
  });
});

describe('filters', () => {
  let ids: Record<string, number>;
  beforeEach(async () => {
    ids = {
      current: await citizen('Cecilie', 'Nu', [{ residenceId: t.residences.own, moveIn: '2025-01-01' }]),
      endsToday: await citizen('Dorte', 'Idag', [{ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2026-03-02' }]),
      future: await citizen('Frede', 'Snart', [{ residenceId: t.residences.other, moveIn: '2026-04-01' }]),
      queued: await citizen('Gerda', 'Venter'),
      movedOut: await citizen('Hans', 'Flyttet', [{ residenceId: t.residences.other, moveIn: '2020-01-01', moveOut: '2026-03-01' }]),
      none: await citizen('Inge', 'Ingen'),
      movedOn: await citizen('Jens', 'Videre', [
        { residenceId: t.residences.own, moveIn: '2020-01-01', moveOut: '2023-12-31' },
        { residenceId: t.residences.other, moveIn: '2024-01-01' },
      ]),
    };
    await t.callOk('waitingList.add', { citizenId: ids.queued!, residenceId: t.residences.own, requestedDate: '2026-01-05', desiredMoveIn: null }, admin);
  });

  it('derives the status the same way as the citizen page', async () => {
    expect(await names({ status: 'current' })).toEqual(['Cecilie Nu', 'Dorte Idag', 'Jens Videre']);
    expect(await names({ status: 'waiting' })).toEqual(['Frede Snart', 'Gerda Venter']);
    expect(await names({ status: 'moved_out' })).toEqual(['Hans Flyttet']);
    expect(await names({ status: 'none' })).toEqual(['Inge Ingen']);
    expect((await list({ status: 'all' })).total).toBe(7);
    for (const row of (await list()).rows) expect((await t.callOk('citizens.get', { id: row.id }, admin)).status, row.name).toBe(row.status);
  });

  it('a residence: who lives or will live there, whose latest stay it was, and who waits for it', async () => {
    expect(await names({ residenceId: t.residences.own })).toEqual(['Cecilie Nu', 'Dorte Idag', 'Gerda Venter']);
    expect(await names({ residenceId: t.residences.other })).toEqual(['Frede Snart', 'Hans Flyttet', 'Jens Videre']);
    expect(await names({ residenceId: t.residences.other, status: 'current' })).toEqual(['Jens Videre']);
  });

  it('the acting municipality of the placement current today', async () => {
    t.backend.db.transaction(() => {
      const actor = adminActor(t);
      t.backend.services.placements.create(actor, { ...PLACEMENT_FIELDS, citizenId: ids.current!, startDate: '2025-01-01' });
      t.backend.services.placements.create(actor, { ...PLACEMENT_FIELDS, citizenId: ids.endsToday!, actingMunicipalityCode: '0101', startDate: '2025-01-01' });
      t.backend.services.placements.create(actor, { ...PLACEMENT_FIELDS, citizenId: ids.movedOut!, startDate: '2020-01-01', endDate: '2026-03-01' });
    })();
    expect(await names({ municipalityCode: '0751' })).toEqual(['Cecilie Nu']);
    expect(await names({ municipalityCode: '0101' })).toEqual(['Dorte Idag']);
    expect(await names({ municipalityCode: '0461' })).toEqual([]);
  });

  it('sorts by residence (none last), move-in and birth date, each way', async () => {
    const residence = (await list({ sort: 'residence', pageSize: 500 })).rows.map((row) => row.residenceName);
    expect(residence).toEqual(['Egebakken', 'Egebakken', 'Lærkehøj', 'Lærkehøj', 'Lærkehøj', null, null]);
    expect((await list({ sort: 'residence', descending: true, pageSize: 500 })).rows.map((row) => row.residenceName)).toEqual(['Lærkehøj', 'Lærkehøj', 'Lærkehøj', 'Egebakken', 'Egebakken', null, null]);
    const moveIns = (await list({ sort: 'moveIn', pageSize: 500 })).rows.map((row) => row.moveIn);
    expect(moveIns).toEqual(['2020-01-01', '2024-01-01', '2025-01-01', '2025-01-01', '2026-04-01', null, null]);
    const late = await citizen('Kaj', 'Ung', [], '010199');
    const births = (await list({ sort: 'birthDate', descending: true })).rows;
    expect(births[0]!.id).toBe(late);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await citizen('Anna', 'Holm', [], '150372');
    await citizen('Åse', 'Ørum', [], '150380');
    await citizen('Holger', 'Annasen', [], '020290');
    await citizen('Per', '100% Hansen', [], '020291');
  });

  it('finds any part of the name, parts in any order, case and æøå blind', async () => {
    expect(await names({ search: 'anna hol' })).toEqual(['Anna Holm', 'Holger Annasen']);
    expect(await names({ search: 'HOLM anna' })).toEqual(['Anna Holm']);
    expect(await names({ search: 'ann' })).toEqual(['Anna Holm', 'Holger Annasen']);
    expect(await names({ search: 'ØRU' })).toEqual(['Åse Ørum']);
    expect(await names({ search: 'åse' })).toEqual(['Åse Ørum']);
    expect(await names({ search: 'nobody' })).toEqual([]);
  });

  it('treats % and _ as text, not wildcards', async () => {
    expect(await names({ search: '%' })).toEqual(['Per 100% Hansen']);
    expect(await names({ search: '_' })).toEqual([]);
  });

  it('2-6 digits match the start of the birth date', async () => {
    expect(await names({ search: '15' })).toEqual(['Anna Holm', 'Åse Ørum']);
    expect(await names({ search: '1503' })).toEqual(['Anna Holm', 'Åse Ørum']);
    expect(await names({ search: '150372' })).toEqual(['Anna Holm']);
    expect(await names({ search: '0202' })).toEqual(['Holger Annasen', 'Per 100% Hansen']);
    expect(await names({ search: 'anna 0202' })).toEqual(['Holger Annasen']);
  });

  it('a whole CPR number finds exactly that citizen, only for a role with CPR access', async () => {
    const cpr = `150372${1000 + serial - 3}`;
    expect(await names({ search: cpr })).toEqual(['Anna Holm']);
    expect(await names({ search: `${cpr.slice(0, 6)}-${cpr.slice(6)}` })).toEqual(['Anna Holm']);
    expect(await names({ search: '150372-9999' })).toEqual([]);

    // A medarbejder (no citizens.cpr) gets nothing for a whole CPR number, and the log says so.
    const holm = (await list({ search: 'anna holm' })).rows[0]!.id;
    await t.callOk('citizens.addStay', { citizenId: holm, residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: null }, admin);
    expect(await names({ search: 'anna' }, t.tokens.medarbejder)).toEqual(['Anna Holm']);
    expect(await list({ search: cpr }, t.tokens.medarbejder)).toMatchObject({ rows: [], total: 0 });
    expect(auditRows(t.backend, 'citizens.list').at(-1)).toMatchObject({
      username: 'medarbejder',
      subject: 'Borgerliste: søgning CPR-nummer 150372-xxxx',
      detail: 'Fuldt CPR-nummer uden CPR-adgang: ingen søgning',
    });
    expect(await names({ search: cpr }, t.tokens.afdelingsleder)).toEqual(['Anna Holm']);
  });
});

describe('visibility', () => {
  it('scoped users see only citizens of their residences, in SQL paging too; other residences are FORBIDDEN', async () => {
    await citizen('Egen', 'Beboer', [{ residenceId: t.residences.own, moveIn: '2025-01-01' }]);
    await citizen('Fremmed', 'Beboer', [{ residenceId: t.residences.other, moveIn: '2025-01-01' }]);
    await citizen('Tidligere', 'Beboer', [
      { residenceId: t.residences.own, moveIn: '2020-01-01', moveOut: '2023-12-31' },
      { residenceId: t.residences.other, moveIn: '2024-01-01' },
    ]);
    const waiting = await citizen('Ventende', 'Borger');
    await t.callOk('waitingList.add', { citizenId: waiting, residenceId: t.residences.own, requestedDate: '2026-01-05', desiredMoveIn: null }, admin);
    await citizen('Uden', 'Ophold');
    for (const token of [t.tokens.afdelingsleder, t.tokens.medarbejder]) {
      expect(await names({}, token)).toEqual(['Egen Beboer', 'Ventende Borger']);
      expect((await list({ pageSize: 1, page: 2 }, token))).toMatchObject({ total: 2, rows: [{ name: 'Ventende Borger' }] });
      expect(await names({ residenceId: t.residences.own }, token)).toEqual(['Egen Beboer', 'Ventende Borger']);
      expectCode(await t.call('citizens.list', { residenceId: t.residences.other }, token), 'FORBIDDEN');
    }
    expect((await list()).total).toBe(5);
    expectCode(await t.call('citizens.list', {}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });
});

describe('audit', () => {
  it('one search row per list call, naming the search and filters, no citizen id', async () => {
    await citizen('Anna', 'Holm', [{ residenceId: t.residences.own, moveIn: '2025-01-01' }]);
    const mark = t.backend.services.audit.lastId();
    await list();
    await list({ search: 'anna', residenceId: t.residences.own, status: 'current', municipalityCode: '0751', page: 2 });
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.citizen_id, row.subject])).toEqual([
      ['search', 'citizens.list', null, 'Borgerliste: alle borgere'],
      ['search', 'citizens.list', null, 'Borgerliste: søgning "anna", botilbud Egebakken, status Bor her, handlekommune Aarhus, side 2'],
    ]);
  });
});

describe('query plans', () => {
  /** The list's statements as prepared, by recording what it passes to db.prepare. */
  function recordedStatements(run: (query: ReturnType<typeof createCitizenListQuery>) => void): string[] {
    const sources: string[] = [];
    const db = t.backend.db;
    const recording = new Proxy(db, {
      get: (target, property) => (property === 'prepare' ? (source: string) => (sources.push(source), target.prepare(source)) : Reflect.get(target, property)),
    }) as Db;
    run(createCitizenListQuery(recording));
    return sources;
  }
  const plan = (source: string, params: Record<string, unknown>) =>
    (t.backend.db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(params as never) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
  const NONE: CitizenListParams = { today: '2026-03-02', scopeUserId: null, residenceId: null, status: null, municipalityCode: null, cprFrom: null, cprTo: null, cprExact: null, name1: null, name2: null, name3: null };

  it('the first page by name walks the name index: no sorting, no joins', () => {
    const [page, count] = recordedStatements((query) => {
      query.pageIds(NONE, 'name', false, { limit: 50, offset: 0 });
      query.count(NONE);
    });
    const pagePlan = plan(page!, { today: NONE.today, limit: 50, offset: 0 });
    expect(pagePlan).toMatch(/SCAN c USING COVERING INDEX citizens_name_sort/);
    expect(pagePlan).not.toMatch(/TEMP B-TREE|citizen_stays|placements/);
    expect(plan(count!, { today: NONE.today })).toMatch(/^SCAN c USING COVERING INDEX \w+$/);
  });

  it('filters by residence, municipality and CPR through indexes', () => {
    const params = (extra: Partial<CitizenListParams>) => ({ ...NONE, ...extra });
    const residence = recordedStatements((query) => query.count(params({ residenceId: 1 })))[1]!;
    expect(plan(residence, { today: NONE.today, residenceId: 1 })).toMatch(/SEARCH citizen_stays USING INDEX citizen_stays_residence \(residence_id=\?\)/);
    const municipality = recordedStatements((query) => query.count(params({ municipalityCode: '0751' })))[1]!;
    expect(plan(municipality, { today: NONE.today, municipalityCode: '0751' })).toMatch(/SEARCH p USING INDEX placements_acting \(acting_municipality_code=\? AND start_date<\?\)/);
    const cpr = recordedStatements((query) => query.count(params({ cprExact: '1503721236' })))[1]!;
    expect(plan(cpr, { today: NONE.today, cprExact: '1503721236' })).toMatch(/SEARCH c USING COVERING INDEX sqlite_autoindex_citizens_1 \(cpr=\?\)/);
    const prefix = recordedStatements((query) => query.count(params({ cprFrom: '1503', cprTo: '1503:' })))[1]!;
    expect(plan(prefix, { today: NONE.today, cprFrom: '1503', cprTo: '1503:' })).toMatch(/SEARCH c USING COVERING INDEX sqlite_autoindex_citizens_1 \(cpr>\? AND cpr<\?\)/);
  });
});
