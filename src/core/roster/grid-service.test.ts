// The roster grid (days with ISO weeks and Danish holidays, staff in Danish order with their
// minutes, coverage against the need, absence, approvals), the pool of open shifts and continuity
// across the 8-week boundary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { addAbsence, addApproval, addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let dag: number;
let aften: number;

beforeEach(async () => {
  t = await createTestBackend();
  dag = addShiftType(t, t.residences.own, { kind: 'dag' });
  aften = addShiftType(t, t.residences.own, { kind: 'aften' });
});
afterEach(() => t.close());

const grid = (from: string, weeks: 1 | 4 = 1, token = t.tokens.administrator) => t.callOk('roster.grid', { residenceId: t.residences.own, from, weeks }, token);

describe('roster.grid', () => {
  it('gives 4 weeks of days with ISO weeks, weekdays and the Easter holidays', async () => {
    const result = await grid('2026-03-30', 4);
    expect(result).toMatchObject({ from: '2026-03-30', to: '2026-04-26' });
    expect(result.days).toHaveLength(28);
    expect(result.days[0]).toEqual({ date: '2026-03-30', isoWeek: 14, weekday: 1, holiday: null });
    expect(result.days.filter((d) => d.holiday).map((d) => [d.date, d.holiday])).toEqual([
      ['2026-04-02', 'Skærtorsdag'],
      ['2026-04-03', 'Langfredag'],
      ['2026-04-05', 'Påskedag'],
      ['2026-04-06', 'Anden påskedag'],
    ]);
    expect(result.days.at(-1)).toMatchObject({ date: '2026-04-26', isoWeek: 17, weekday: 7 });
  });

  it('refuses a start that is not a Monday', async () => {
    const result = await t.call('roster.grid', { residenceId: t.residences.own, from: '2026-03-03', weeks: 1 }, t.tokens.administrator);
    expect(result.ok ? null : result.error.fields?.[0]?.path).toBe('from');
  });

  it('lists home staff and visiting substitutes in Danish order with minutes, shifts, coverage, absence and approvals', async () => {
    const aase = addStaffMember(t, { name: 'Åse Andersen', weeklyMinutes: 30 * 60 });
    const bo = addStaffMember(t, { name: 'Bo Berg' });
    addStaffMember(t, { name: 'Carl Gammel', active: false });
    addStaffMember(t, { name: 'Dorte Andetsted', homeResidence: 'other' });
    const aerling = addStaffMember(t, { name: 'Ærling Vikar', employment: 'vikar' });
    const db = t.backend.db;
    db.prepare('INSERT INTO staffing_needs (shift_type_id, weekday, staff_count) VALUES (?, 1, 2), (?, 1, 1)').run(dag, aften);
    addShift(t, { shiftTypeId: dag, date: '2026-03-02', staffId: bo });
    addShift(t, { shiftTypeId: dag, date: '2026-03-02', staffId: null });
    addShift(t, { shiftTypeId: aften, date: '2026-03-02', staffId: aerling });
    addShift(t, { shiftTypeId: dag, date: '2026-03-03', staffId: bo });
    addShift(t, { shiftTypeId: dag, date: '2026-03-09', staffId: bo }); // next week: outside
    addShift(t, { residenceId: t.residences.other, date: '2026-03-04', staffId: aerling }); // elsewhere: counts in minutes
    addAbsence(t, aase, '2026-02-25', '2026-03-03', 'ferie');
    addApproval(t, t.residences.own, '2026-02-23', '2026-03-01');

    const result = await grid('2026-03-02');
    expect(result.staff).toEqual([
      { staffId: bo, name: 'Bo Berg', employment: 'fast', minutes: 960, weeklyMinutes: 37 * 60 },
      { staffId: aerling, name: 'Ærling Vikar', employment: 'vikar', minutes: 960, weeklyMinutes: 0 },
      { staffId: aase, name: 'Åse Andersen', employment: 'fast', minutes: 0, weeklyMinutes: 30 * 60 },
    ]);
    expect(result.shifts.map((s) => [s.date, s.shiftTypeName, s.staffName])).toEqual([
      ['2026-03-02', 'Dagvagt', 'Bo Berg'],
      ['2026-03-02', 'Dagvagt', null],
      ['2026-03-02', 'Aftenvagt', 'Ærling Vikar'],
      ['2026-03-03', 'Dagvagt', 'Bo Berg'],
    ]);
    expect(result.coverage).toHaveLength(14);
    expect(result.coverage.filter((c) => c.date === '2026-03-02')).toEqual([
      { date: '2026-03-02', shiftTypeId: dag, needed: 2, staffed: 1, open: 1 },
      { date: '2026-03-02', shiftTypeId: aften, needed: 1, staffed: 1, open: 0 },
    ]);
    expect(result.coverage.find((c) => c.date === '2026-03-03' && c.shiftTypeId === dag)).toEqual({ date: '2026-03-03', shiftTypeId: dag, needed: 0, staffed: 1, open: 0 });
    expect(result.absences).toEqual([expect.objectContaining({ staffId: aase, staffName: 'Åse Andersen', kind: 'ferie', from: '2026-02-25', to: '2026-03-03', recordedBy: 'Ada Administrator' })]);
    expect(result.locked).toEqual([]);
    expect((await grid('2026-02-23')).locked).toEqual([{ from: '2026-02-23', to: '2026-03-01', approvedBy: 'Ada Administrator', approvedAt: expect.any(String) }]);
    expect(result.continuity).toEqual([
      { isoYear: 2026, isoWeek: 10, residenceId: t.residences.own, residenceName: 'Egebakken', substituteShifts: 1, knownShifts: 0, share: 0 },
    ]);
  });

  it('keeps a department head to their own residences', async () => {
    const result = await t.call('roster.grid', { residenceId: t.residences.other, from: '2026-03-02', weeks: 1 }, t.tokens.afdelingsleder);
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
  });
});

describe('roster.openShifts', () => {
  it('lists open shifts across residences, oldest first, within what the user may see', async () => {
    const bo = addStaffMember(t, { name: 'Bo' });
    const late = addShift(t, { shiftTypeId: aften, date: '2026-03-05' });
    const early = addShift(t, { shiftTypeId: dag, date: '2026-03-05', openReason: 'fravaer' });
    const elsewhere = addShift(t, { residenceId: t.residences.other, date: '2026-03-03' });
    addShift(t, { shiftTypeId: dag, date: '2026-03-04', staffId: bo });
    addShift(t, { shiftTypeId: dag, date: '2026-04-01' });
    const all = await t.callOk('roster.openShifts', { residenceId: null, from: '2026-03-01', to: '2026-03-31' }, t.tokens.vagtplanlaegger);
    expect(all.map((s) => s.id)).toEqual([elsewhere, early, late]);
    expect(all[1]).toMatchObject({ openReason: 'fravaer', staffId: null, residenceName: 'Egebakken' });
    const own = await t.callOk('roster.openShifts', { residenceId: null, from: '2026-03-01', to: '2026-03-31' }, t.tokens.afdelingsleder);
    expect(own.map((s) => s.id)).toEqual([early, late]);
    const filtered = await t.callOk('roster.openShifts', { residenceId: t.residences.other, from: '2026-03-01', to: '2026-03-31' }, t.tokens.vagtplanlaegger);
    expect(filtered.map((s) => s.id)).toEqual([elsewhere]);
  });
});

describe('roster.continuity', () => {
  it('counts substitutes known from the 8 weeks before each week’s Monday, per residence', async () => {
    const known = addStaffMember(t, { name: 'Kendt', employment: 'vikar' });
    const boundary = addStaffMember(t, { name: 'Grænse', employment: 'vikar' });
    const fresh = addStaffMember(t, { name: 'Ny', employment: 'vikar' });
    const fast = addStaffMember(t, { name: 'Fast' });
    // Week 10 begins Monday 2026-03-02; its 8 weeks back begin 2026-01-05.
    addShift(t, { shiftTypeId: dag, date: '2026-01-20', staffId: known });
    addShift(t, { shiftTypeId: dag, date: '2026-01-05', staffId: boundary });
    addShift(t, { shiftTypeId: dag, date: '2026-01-04', staffId: fresh }); // a day too early
    addShift(t, { residenceId: t.residences.other, date: '2026-02-20', staffId: fresh }); // another residence
    addShift(t, { shiftTypeId: dag, date: '2026-03-02', staffId: known });
    addShift(t, { shiftTypeId: aften, date: '2026-03-02', staffId: boundary });
    addShift(t, { shiftTypeId: dag, date: '2026-03-03', staffId: fresh });
    addShift(t, { shiftTypeId: dag, date: '2026-03-04', staffId: fast });
    addShift(t, { shiftTypeId: dag, date: '2026-03-10', staffId: fresh }); // week 11: known from week 10

    const weeks = await t.callOk('roster.continuity', { residenceId: t.residences.own, from: '2026-03-04', to: '2026-03-22' }, t.tokens.vagtplanlaegger);
    expect(weeks.map((w) => [w.isoWeek, w.substituteShifts, w.knownShifts, w.share])).toEqual([
      [10, 3, 2, 2 / 3],
      [11, 1, 1, 1],
      [12, 0, 0, null],
    ]);
    const newYear = await t.callOk('roster.continuity', { residenceId: t.residences.own, from: '2026-12-31', to: '2027-01-04' }, t.tokens.vagtplanlaegger);
    expect(newYear.map((w) => [w.isoYear, w.isoWeek])).toEqual([
      [2026, 53],
      [2027, 1],
    ]);
    const all = await t.callOk('roster.continuity', { residenceId: null, from: '2026-03-02', to: '2026-03-08' }, t.tokens.vagtplanlaegger);
    expect(all.map((w) => [w.residenceName, w.substituteShifts])).toEqual([
      ['Egebakken', 3],
      ['Lærkehøj', 0],
    ]);
  });
});
