// Protects the demo's placements, relatives, contacts and consents: stays covered without overlap at
// realistic rates in several municipalities, 1–3 relatives, consents in every state with exactly one
// revoked, nothing dated before move-in, the same build for one seed, and dates that follow the clock.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { adminActor, insertCitizen } from '../../../tests/fixtures/citizens';
import { coversDay } from '../placements/placement-period';
import { addDemoCitizenRelations } from './demo-citizen-relations';
import { seededRandom } from './seeded-random';

const open: TestBackend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** A backend with citizens of every stay shape: open, ended, two stays back to back, just moved in, moving in soon, none. */
async function withCitizens(start?: string) {
  const t = await createTestBackend();
  open.push(t);
  if (start) t.clock.set(start);
  const db = t.backend.db;
  const { own, other } = t.residences;
  const ids: number[] = [];
  for (let index = 0; index < 16; index++) {
    ids.push(insertCitizen(db, { residenceId: index % 2 ? own : other, moveIn: `20${10 + index}-0${1 + (index % 9)}-15`, moveOut: index % 5 === 4 ? '2025-10-31' : null }));
  }
  const twoStays = insertCitizen(db, { residenceId: own, moveIn: '2019-05-01', moveOut: '2022-08-31' });
  db.prepare('INSERT INTO citizen_stays (citizen_id, residence_id, move_in, move_out) VALUES (?, ?, ?, NULL)').run(twoStays, other, '2022-08-31');
  const newcomer = insertCitizen(db, { residenceId: own, moveIn: '2026-02-25' });
  const moving = insertCitizen(db, { residenceId: own, moveIn: '2026-04-01' });
  ids.push(twoStays, newcomer, moving, insertCitizen(db, { residenceId: null }));
  return { t, ids };
}

function build(t: TestBackend, ids: number[], seed = 2026) {
  return t.backend.db.transaction(() => addDemoCitizenRelations(t.backend.services, adminActor(t), ids, seededRandom(seed)))();
}

/** Every row the demo made, without timestamps, for comparing two builds. */
function rows(t: TestBackend) {
  const strip = (row: unknown) => {
    const { created_at: _c, updated_at: _u, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  return ['placements', 'relatives', 'relative_contacts', 'consents', 'consent_subjects'].map((table) =>
    t.backend.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all().map(strip),
  );
}

describe('addDemoCitizenRelations', () => {
  it('gives placements covering every stay, at 2.500–6.500 kr. per døgn, in several municipalities', async () => {
    const { t, ids } = await withCitizens();
    const result = build(t, ids);
    const today = t.backend.services.citizenAccess.today();
    const acting = new Set<string>();
    for (const citizenId of ids) {
      const placements = await t.callOk('placements.list', { citizenId }, t.tokens.administrator);
      for (const stay of t.backend.services.placements.stayPeriods(citizenId)) {
        const lastDay = stay.moveOut ?? (stay.moveIn < today ? today : stay.moveIn);
        for (const day of [stay.moveIn, lastDay]) {
          // The day two stays share is covered once, by the first placement.
          expect(placements.some((p) => coversDay(p.startDate, p.endDate, day)), `citizen ${citizenId} on ${day}`).toBe(true);
        }
        if (stay.moveOut === null) expect(placements.some((p) => p.endDate === null && p.current === stay.moveIn <= today)).toBe(true);
      }
      for (const placement of placements) {
        acting.add(placement.actingMunicipalityCode);
        expect(placement.dailyRateOre).toBeGreaterThanOrEqual(250_000);
        expect(placement.dailyRateOre).toBeLessThanOrEqual(Math.round(650_000 * 1.06));
        expect(Number.isInteger(placement.dailyRateOre)).toBe(true);
      }
    }
    const withoutStay = ids.at(-1)!;
    expect(await t.callOk('placements.list', { citizenId: withoutStay }, t.tokens.administrator)).toEqual([]);
    expect(acting.size).toBeGreaterThanOrEqual(3);
    expect(result.placements).toBe(t.count('placements'));
    expect(result.placements).toBeGreaterThan(ids.length);
  });

  it('gives one to three relatives each, at most one closest, and a contact log', async () => {
    const { t, ids } = await withCitizens();
    const result = build(t, ids);
    for (const citizenId of ids) {
      const relatives = await t.callOk('relatives.list', { citizenId }, t.tokens.administrator);
      expect(relatives.length).toBeGreaterThanOrEqual(1);
      expect(relatives.length).toBeLessThanOrEqual(3);
      expect(relatives.filter((r) => r.isClosest).length).toBeLessThanOrEqual(1);
    }
    expect(result.relatives).toBe(t.count('relatives'));
    expect(result.contacts).toBe(t.count('relative_contacts'));
    expect(result.contacts).toBeGreaterThan(0);
  });

  it('gives consents mostly active, some expiring within 30 days, a few expired and exactly one revoked', async () => {
    const { t, ids } = await withCitizens();
    build(t, ids);
    const states = (await Promise.all(ids.map((citizenId) => t.callOk('consents.list', { citizenId }, t.tokens.administrator)))).flat().map((c) => c.state);
    const count = (state: string) => states.filter((s) => s === state).length;
    expect(count('tilbagekaldt')).toBe(1);
    expect(count('udloeber')).toBeGreaterThanOrEqual(2);
    expect(count('udloebet')).toBeGreaterThanOrEqual(1);
    expect(count('aktiv')).toBeGreaterThan(states.length / 2);
    // Relatives may be told something: the consents to them are in force.
    const toldSomething = (await Promise.all(ids.map((citizenId) => t.callOk('relatives.list', { citizenId }, t.tokens.administrator)))).flat().filter((r) => r.mayBeToldAbout.length > 0);
    expect(toldSomething.length).toBeGreaterThan(ids.length / 2);
  });

  it('dates nothing before the citizen\'s first move-in or after today', async () => {
    const { t, ids } = await withCitizens();
    build(t, ids);
    const today = t.backend.services.citizenAccess.today();
    for (const citizenId of ids.slice(0, -1)) {
      const firstMoveIn = t.backend.services.placements.stayPeriods(citizenId)[0]!.moveIn;
      const since = firstMoveIn < today ? firstMoveIn : today;
      const consents = await t.callOk('consents.list', { citizenId }, t.tokens.administrator);
      const contacts = await t.callOk('relatives.contactLog', { citizenId }, t.tokens.administrator);
      for (const date of [...consents.flatMap((c) => [c.givenDate, c.revokedDate ?? c.givenDate]), ...contacts.map((c) => c.date)]) {
        expect(date >= since && date <= today, `citizen ${citizenId}: ${date}`).toBe(true);
      }
    }
  });

  it('is deterministic: the same seed builds the same rows; another seed does not', async () => {
    const a = await withCitizens();
    const b = await withCitizens();
    const c = await withCitizens();
    b.t.clock.advance(3_600_000);
    build(a.t, a.ids, 7);
    build(b.t, b.ids, 7);
    build(c.t, c.ids, 8);
    expect(rows(b.t)).toEqual(rows(a.t));
    expect(rows(c.t)).not.toEqual(rows(a.t));
  });

  it('dates follow the clock: loaded a year later, consents still expire soon and one is revoked', async () => {
    const { t, ids } = await withCitizens('2027-07-15T10:00:00.000Z');
    build(t, ids);
    const admin = await t.login('admin');
    const states = (await Promise.all(ids.map((citizenId) => t.callOk('consents.list', { citizenId }, admin)))).flat().map((c) => c.state);
    expect(states.filter((s) => s === 'udloeber').length).toBeGreaterThanOrEqual(2);
    expect(states.filter((s) => s === 'tilbagekaldt').length).toBe(1);
  });
});
