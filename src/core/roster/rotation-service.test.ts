// The basisplan: saved whole with its rules (Monday start, the residence's active shift types,
// active staff, no doubles, optimistic version), and rolled out onto dates (people on the right
// days across rotation weeks, days already rolled out skipped, the need beyond the slots open,
// absence giving open shifts, the rule checker's violations reported).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { addAbsence, addCompetence, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let dag: number;
let nat: number;
let anna: number;
let bo: number;

beforeEach(async () => {
  t = await createTestBackend();
  dag = addShiftType(t, t.residences.own, { kind: 'dag' });
  nat = addShiftType(t, t.residences.own, { kind: 'nat' });
  anna = addStaffMember(t, { name: 'Anna' });
  bo = addStaffMember(t, { name: 'Bo' });
});
afterEach(() => t.close());

type SaveInput = InputOf<'rotations.save'>;
const save = (input: Partial<SaveInput>, token = t.tokens.administrator) =>
  t.call('rotations.save', { residenceId: t.residences.own, version: 0, weeks: 2, startDate: '2026-03-02', slots: [], ...input }, token);
const saveOk = async (input: Partial<SaveInput>) => {
  const result = await save(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.result as { version: number };
};
const rollOut = (from: string, to: string) => t.callOk('rotations.rollOut', { residenceId: t.residences.own, from, to }, t.tokens.administrator);
const shiftsOn = (date: string) =>
  t.backend.db
    .prepare<[string], { shift_type_id: number; staff_id: number | null; open_reason: string | null; source: string; id: number }>(
      'SELECT id, shift_type_id, staff_id, open_reason, source FROM shifts WHERE shift_date = ? ORDER BY staff_id IS NULL, staff_id, id',
    )
    .all(date);
const fieldOf = (result: Awaited<ReturnType<typeof save>>) => (result.ok ? null : result.error.fields?.[0]?.path);

describe('rotations.save', () => {
  it('starts empty at version 0, then saves and replaces the slots whole', async () => {
    expect(await t.callOk('rotations.get', { residenceId: t.residences.own }, t.tokens.administrator)).toEqual({
      residenceId: t.residences.own,
      version: 0,
      weeks: 1,
      startDate: null,
      slots: [],
    });
    const first = await saveOk({ slots: [{ week: 1, weekday: 1, shiftTypeId: dag, staffId: anna }, { week: 2, weekday: 1, shiftTypeId: dag, staffId: bo }] });
    expect(first).toMatchObject({ version: 1, weeks: 2, startDate: '2026-03-02' });
    const second = await saveOk({ version: 1, slots: [{ week: 2, weekday: 3, shiftTypeId: nat, staffId: anna }] });
    expect(second).toMatchObject({ version: 2, slots: [{ week: 2, weekday: 3, shiftTypeId: nat, staffId: anna }] });
    expect(t.count('rotation_slots')).toBe(1);
    expect((await save({ version: 1 })).ok).toBe(false);
  });

  it('refuses a start that is not a Monday, a foreign or inactive shift type, an inactive person, a double and a slot beyond the length', async () => {
    expect(fieldOf(await save({ startDate: '2026-03-03' }))).toBe('startDate');
    const foreign = addShiftType(t, t.residences.other);
    const inactive = addShiftType(t, t.residences.own, { name: 'Gammel', active: false });
    const gone = addStaffMember(t, { active: false });
    const slot = { week: 1, weekday: 1, shiftTypeId: dag, staffId: anna };
    expect(fieldOf(await save({ slots: [slot, { ...slot, shiftTypeId: foreign }] }))).toBe('slots.1.shiftTypeId');
    expect(fieldOf(await save({ slots: [{ ...slot, shiftTypeId: inactive }] }))).toBe('slots.0.shiftTypeId');
    expect(fieldOf(await save({ slots: [{ ...slot, staffId: gone }] }))).toBe('slots.0.staffId');
    expect(fieldOf(await save({ slots: [slot, slot] }))).toBe('slots.1.staffId');
    const beyond = await save({ weeks: 1, slots: [{ ...slot, week: 2 }] });
    expect(beyond.ok).toBe(false);
    expect(t.count('rotations')).toBe(0);
  });

  it('keeps a department head to their own residences', async () => {
    const result = await t.call('rotations.get', { residenceId: t.residences.other }, t.tokens.afdelingsleder);
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
  });
});

describe('rotations.rollOut', () => {
  it('puts the right people on the right days of a 2-week rotation over 4 weeks, and skips days already rolled out', async () => {
    await saveOk({
      slots: [
        { week: 1, weekday: 1, shiftTypeId: dag, staffId: anna },
        { week: 2, weekday: 1, shiftTypeId: dag, staffId: bo },
        { week: 2, weekday: 7, shiftTypeId: nat, staffId: bo },
      ],
    });
    const result = await rollOut('2026-03-02', '2026-03-29');
    expect(result).toEqual({ created: 6, open: 0, skippedDays: 0, violations: [] });
    expect(shiftsOn('2026-03-02').map((s) => s.staff_id)).toEqual([anna]);
    expect(shiftsOn('2026-03-09').map((s) => s.staff_id)).toEqual([bo]);
    expect(shiftsOn('2026-03-16').map((s) => s.staff_id)).toEqual([anna]);
    expect(shiftsOn('2026-03-23').map((s) => s.staff_id)).toEqual([bo]);
    expect(shiftsOn('2026-03-15').map((s) => s.staff_id)).toEqual([bo]);
    expect(shiftsOn('2026-03-08')).toEqual([]);
    // Summer time began that morning: the night's instants are an hour earlier in UTC.
    const dst = t.backend.db.prepare("SELECT starts_at, ends_at, minutes, source FROM shifts WHERE shift_date = '2026-03-29'").get();
    expect(dst).toEqual({ starts_at: '2026-03-29T21:00:00.000Z', ends_at: '2026-03-30T05:00:00.000Z', minutes: 480, source: 'basisplan' });

    const again = await rollOut('2026-03-23', '2026-04-05');
    // Only days with shifts from the basisplan or the need count as rolled out (23-03 and 29-03).
    expect(again).toMatchObject({ skippedDays: 2, created: 1 });
    expect(shiftsOn('2026-03-30').map((s) => s.staff_id)).toEqual([anna]);
    expect(shiftsOn('2026-03-23')).toHaveLength(1);
  });

  it('opens shifts for the need beyond the slots and for absence, with the need’s competences', async () => {
    const medicin = addCompetence(t, 'Medicindelegering');
    const db = t.backend.db;
    const need = db.prepare('INSERT INTO staffing_needs (shift_type_id, weekday, staff_count) VALUES (?, 1, 3)').run(dag).lastInsertRowid;
    db.prepare('INSERT INTO staffing_need_competences (staffing_need_id, competence_id) VALUES (?, ?)').run(need, medicin);
    db.prepare('INSERT INTO staff_competences (staff_id, competence_id) VALUES (?, ?), (?, ?)').run(anna, medicin, bo, medicin);
    await saveOk({ weeks: 1, slots: [{ week: 1, weekday: 1, shiftTypeId: dag, staffId: anna }, { week: 1, weekday: 1, shiftTypeId: dag, staffId: bo }] });
    addAbsence(t, bo, '2026-03-09', '2026-03-13');

    const result = await rollOut('2026-03-02', '2026-03-15');
    expect(result).toMatchObject({ created: 6, open: 3, skippedDays: 0 });
    expect(shiftsOn('2026-03-02').map((s) => [s.staff_id, s.open_reason, s.source])).toEqual([
      [anna, null, 'basisplan'],
      [bo, null, 'basisplan'],
      [null, 'behov', 'behov'],
    ]);
    expect(shiftsOn('2026-03-09').map((s) => [s.staff_id, s.open_reason, s.source])).toEqual([
      [anna, null, 'basisplan'],
      [null, 'fravaer', 'basisplan'],
      [null, 'behov', 'behov'],
    ]);
    const competences = db.prepare('SELECT DISTINCT competence_id FROM shift_competences').pluck().all();
    expect(competences).toEqual([medicin]);
    expect(t.count('shift_competences')).toBe(6);
  });

  it('leaves an assignment that breaks a rule open for the planner, and reports it', async () => {
    await saveOk({ weeks: 1, slots: [{ week: 1, weekday: 1, shiftTypeId: nat, staffId: anna }, { week: 1, weekday: 2, shiftTypeId: dag, staffId: anna }] });
    const result = await rollOut('2026-03-02', '2026-03-08');
    expect(result).toMatchObject({ created: 2, open: 1 });
    expect(result.violations).toEqual([expect.objectContaining({ date: '2026-03-03', staffId: anna, staffName: 'Anna', message: expect.stringContaining('hvile') })]);
    expect(shiftsOn('2026-03-02').map((s) => s.staff_id)).toEqual([anna]);
    expect(shiftsOn('2026-03-03').map((s) => [s.staff_id, s.open_reason])).toEqual([[null, 'behov']]);
  });

  it('leaves a slot of someone no longer active to the need, and keeps a department head out of other residences', async () => {
    t.backend.db.prepare('INSERT INTO staffing_needs (shift_type_id, weekday, staff_count) VALUES (?, 1, 2)').run(dag);
    await saveOk({ weeks: 1, slots: [{ week: 1, weekday: 1, shiftTypeId: dag, staffId: anna }, { week: 1, weekday: 1, shiftTypeId: dag, staffId: bo }] });
    t.backend.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(bo);
    expect(await rollOut('2026-03-02', '2026-03-02')).toMatchObject({ created: 2, open: 1 });
    expect(shiftsOn('2026-03-02').map((s) => [s.staff_id, s.open_reason])).toEqual([
      [anna, null],
      [null, 'behov'],
    ]);
    const foreign = await t.call('rotations.rollOut', { residenceId: t.residences.other, from: '2026-03-02', to: '2026-03-08' }, t.tokens.afdelingsleder);
    expect(foreign.ok ? null : foreign.error.code).toBe('FORBIDDEN');
  });

  it('refuses a period before the start, longer than 26 weeks, or without a basisplan', async () => {
    const none = await t.call('rotations.rollOut', { residenceId: t.residences.own, from: '2026-03-02', to: '2026-03-08' }, t.tokens.administrator);
    expect(none.ok ? null : none.error.code).toBe('CONFLICT');
    await saveOk({ weeks: 1, startDate: '2026-03-09' });
    const before = await t.call('rotations.rollOut', { residenceId: t.residences.own, from: '2026-03-02', to: '2026-03-15' }, t.tokens.administrator);
    expect(before.ok ? null : before.error.fields?.[0]?.path).toBe('from');
    const long = await t.call('rotations.rollOut', { residenceId: t.residences.own, from: '2026-03-09', to: '2026-09-07' }, t.tokens.administrator);
    expect(long.ok ? null : long.error.fields?.[0]?.path).toBe('to');
    expect(t.count('shifts')).toBe(0);
  });
});
