// Protects the demo's roster: Byen i Byen loads with about 25 substitutes with availability, every
// residence with shift types, staffing needs and a basisplan, 8 weeks of shifts, sickness and
// holidays leaving open shifts in the coming weeks (past ones filled by the pool), a suggestion
// that ranks a known substitute first, a substitute a resident must not have, an override in the
// tilsynsbog, an approved period; the same seed builds the same roster.
import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, TEST_START, type TestBackend } from '../../../tests/fixtures/backend';
import type { DemoOptions, DemoResult } from './build-demo';
import { layOutRotation } from './demo-roster-rotation';

const open: TestBackend[] = [];
afterAll(() => {
  while (open.length) open.pop()!.close();
});

async function demo(options: DemoOptions = {}, later = 0) {
  const t = await createTestBackend({ adminOnly: true });
  open.push(t);
  t.clock.advance(later);
  const admin = t.backend.actorByUsername('admin');
  const result: DemoResult = t.backend.db.transaction(() => t.backend.system.loadDemo(admin, options))();
  return { t, result };
}

// The test clock's today is Monday 2 March 2026: the roster runs 2 February to 29 March.
const TODAY = TEST_START.slice(0, 10);
const FROM = '2026-02-02';
const TO = '2026-03-29';

describe('the demo roster of Byen i Byen', () => {
  let t: TestBackend;
  let result: DemoResult;
  let token: string;
  let residences: Array<{ id: number; name: string }>;
  beforeAll(async () => {
    ({ t, result } = await demo());
    token = t.tokens.administrator;
    residences = await t.callOk('residences.list', {}, token);
  });

  it('has a pool of about 25 substitutes with preferred residences, a weekly maximum, an hourly rate and availability', async () => {
    const staff = await t.callOk('staff.list', {}, token);
    const pool = staff.filter((member) => member.employment === 'vikar');
    expect(pool.length).toBeGreaterThanOrEqual(22);
    expect(pool.length).toBeLessThanOrEqual(28);
    expect(result.roster.substitutes).toBe(pool.length);
    for (const member of pool) {
      expect(member.preferredResidenceIds.length, member.name).toBeGreaterThan(0);
      expect(member.maxWeeklyMinutes, member.name).toBeGreaterThan(0);
      expect(member.hourlyRateOre, member.name).toBeGreaterThan(0);
    }
    const permanent = staff.filter((member) => member.employment === 'fast');
    expect(permanent.every((member) => member.weeklyMinutes >= 30 * 60 && member.weeklyMinutes <= 37 * 60)).toBe(true);
    const competences = await t.callOk('competences.list', {}, token);
    expect(competences.map((competence) => competence.name).sort()).toEqual(['Diabetes', 'Førstehjælp', 'Kørekort', 'Magtanvendelseskursus', 'Medicindelegering']);
    expect(permanent.filter((member) => member.competenceIds.length > 0).length).toBeGreaterThan(permanent.length / 2);

    const availability = await t.callOk('staff.availability', { staffId: null, from: FROM, to: TO }, token);
    expect(new Set(availability.map((entry) => entry.staffId)).size).toBe(pool.length);
    expect(availability.some((entry) => entry.availability === 'kan-ikke')).toBe(true);
    expect(availability.some((entry) => entry.availability === 'oensker')).toBe(true);
    expect(availability.some((entry) => entry.shiftKind === 'dag')).toBe(true);
  });

  it('gives every residence shift types (awake and sleeping nights), a staffing need with medicine delegation somewhere, and a basisplan', async () => {
    const nights = new Set<string | null>();
    const required = new Set<number>();
    for (const residence of residences) {
      const types = await t.callOk('shiftTypes.list', { residenceId: residence.id }, token);
      expect(types.map((type) => [type.kind, type.start, type.end]), residence.name).toEqual([
        ['dag', '07:00', '15:00'],
        ['aften', '15:00', '23:00'],
        ['nat', '23:00', '07:00'],
      ]);
      nights.add(types[2]!.nightMode);
      const needs = await t.callOk('staffingNeeds.list', { residenceId: residence.id }, token);
      expect(needs, residence.name).toHaveLength(21);
      const day = types[0]!.id;
      expect(needs.find((need) => need.shiftTypeId === day && need.weekday === 1)!.count).toBeGreaterThan(needs.find((need) => need.shiftTypeId === day && need.weekday === 7)!.count);
      for (const need of needs) for (const id of need.competenceIds) required.add(id);
      const rotation = await t.callOk('rotations.get', { residenceId: residence.id }, token);
      expect(rotation.weeks, residence.name).toBe(4);
      expect(rotation.startDate).toBe(FROM);
      expect(rotation.slots.length, residence.name).toBeGreaterThan(60);
    }
    expect([...nights].sort()).toEqual(['sovende', 'vaagen']);
    const competences = await t.callOk('competences.list', {}, token);
    expect([...required].map((id) => competences.find((competence) => competence.id === id)!.name)).toContain('Medicindelegering');
  });

  it('has 8 weeks of shifts, from 4 weeks back to 4 weeks ahead, every day at every residence', () => {
    const days = t.backend.db.prepare('SELECT residence_id, count(DISTINCT shift_date) AS days, min(shift_date) AS first, max(shift_date) AS last FROM shifts GROUP BY residence_id').all();
    expect(days).toHaveLength(residences.length);
    for (const row of days) expect(row).toMatchObject({ days: 56, first: FROM, last: TO });
    expect(result.roster.shifts).toBeGreaterThan(1000);
  });

  it('leaves open shifts from sickness and holidays in the coming weeks, with the past mostly filled by the pool', async () => {
    const coming = await t.callOk('roster.openShifts', { residenceId: null, from: TODAY, to: TO }, token);
    expect(coming.filter((shift) => shift.openReason === 'fravaer').length).toBeGreaterThanOrEqual(5);
    expect(coming.length).toBeGreaterThanOrEqual(10);
    const past = await t.callOk('roster.openShifts', { residenceId: null, from: FROM, to: dayjs(TODAY).subtract(1, 'day').format('YYYY-MM-DD') }, token);
    const pastSubstituteShifts = t.backend.db
      .prepare("SELECT count(*) FROM shifts sh JOIN staff s ON s.id = sh.staff_id WHERE s.employment = 'vikar' AND sh.shift_date < ?")
      .pluck()
      .get(TODAY) as number;
    expect(pastSubstituteShifts).toBeGreaterThan(100);
    expect(past.length).toBeLessThan(pastSubstituteShifts / 10);
    const absences = await t.callOk('absences.list', { staffId: null, residenceId: null, from: FROM, to: TO }, token);
    expect(new Set(absences.map((absence) => absence.kind))).toEqual(new Set(['sygdom', 'ferie', 'kursus', 'barns-sygdom', 'afspadsering']));
    expect(absences.some((absence) => absence.from <= TODAY && absence.to >= TODAY && absence.kind === 'sygdom')).toBe(true);
  });

  it('ranks a substitute the residence knows first for a coming open shift', async () => {
    const coming = await t.callOk('roster.openShifts', { residenceId: null, from: TODAY, to: TO }, token);
    const shift = coming.find((row) => row.openReason === 'fravaer')!;
    const suggestions = await t.callOk('roster.suggest', { shiftId: shift.id }, token);
    expect(suggestions.candidates.length).toBeGreaterThan(0);
    expect(suggestions.candidates[0]!.knownShifts).toBeGreaterThan(0);
    const firstSubstitute = suggestions.candidates.find((candidate) => candidate.employment === 'vikar');
    expect(firstSubstitute?.knownShifts).toBeGreaterThan(0);
    expect(suggestions.excluded.length).toBeGreaterThan(0);
  });

  it('has a resident at Kastanjehuset who must not have one of its regular substitutes, which suggestions respect', async () => {
    const kastanjehuset = residences.find((residence) => residence.name === 'Kastanjehuset')!;
    const excluded = t.backend.db.prepare('SELECT staff_id FROM citizen_excluded_staff').pluck().all() as number[];
    expect(excluded).toHaveLength(1);
    const shifts = t.backend.db.prepare('SELECT count(*) FROM shifts WHERE residence_id = ? AND staff_id = ?').pluck().get(kastanjehuset.id, excluded[0]);
    expect(shifts).toBe(0);
    const coming = await t.callOk('roster.openShifts', { residenceId: kastanjehuset.id, from: TODAY, to: TO }, token);
    const suggestions = await t.callOk('roster.suggest', { shiftId: coming[0]!.id, limit: 100 }, token);
    expect(suggestions.candidates.map((candidate) => candidate.staffId)).not.toContain(excluded[0]);
  });

  it('has one agreed deviation with its reason in the tilsynsbog, and an approved period at Solsikken', async () => {
    const book = await t.callOk('roster.tilsynsbog', { residenceId: null, from: FROM, to: TO }, token);
    expect(book).toHaveLength(1);
    expect(book[0]).toMatchObject({ residenceName: 'Solsikken' });
    expect(book[0]!.rules).toContain('hviletid');
    expect(book[0]!.reason).toMatch(/hospitalet/);
    const solsikken = residences.find((residence) => residence.name === 'Solsikken')!;
    const grid = await t.callOk('roster.grid', { residenceId: solsikken.id, from: FROM, weeks: 4 }, token);
    expect(grid.locked).toEqual([expect.objectContaining({ from: FROM, to: '2026-02-15' })]);
  });
});

it('the same seed builds the same roster', async () => {
  const rows = (t: TestBackend) =>
    t.backend.db
      .prepare('SELECT residence_id, shift_type_id, shift_date, start_time, staff_id, open_reason, source FROM shifts ORDER BY id')
      .all();
  // Two residences keep it quick; the clock an hour on must not matter either.
  const a = await demo({ seed: 5, residences: 2, plans: 'none' });
  const b = await demo({ seed: 5, residences: 2, plans: 'none' }, 3_600_000);
  expect(rows(b.t)).toEqual(rows(a.t));
  expect(rows(a.t).length).toBeGreaterThan(400);
});

it('a basisplan laid out for 4 weeks keeps night carers on nights and never has an evening before a day shift', () => {
  const carers = [1, 2, 3, 4, 5].map((staffId) => ({ staffId, nights: staffId === 5, weeklyMinutes: 32 * 60, canTake: new Set(['dag', 'aften', 'nat'] as const) }));
  const slots = layOutRotation(4, carers, [
    { shiftTypeId: 10, kind: 'dag', count: (weekday) => (weekday >= 6 ? 1 : 2) },
    { shiftTypeId: 20, kind: 'aften', count: () => 1 },
    { shiftTypeId: 30, kind: 'nat', count: () => 1 },
  ]);
  const day = (slot: { week: number; weekday: number }) => (slot.week - 1) * 7 + slot.weekday - 1;
  for (const slot of slots) {
    expect(slot.shiftTypeId === 30).toBe(slot.staffId === 5);
    if (slot.shiftTypeId === 20) expect(slots.some((other) => other.staffId === slot.staffId && other.shiftTypeId === 10 && day(other) === (day(slot) + 1) % 28)).toBe(false);
  }
  for (const carer of carers) {
    const shifts = slots.filter((slot) => slot.staffId === carer.staffId).length;
    expect(shifts).toBeGreaterThanOrEqual(14);
    expect(shifts).toBeLessThanOrEqual(16);
  }
});
