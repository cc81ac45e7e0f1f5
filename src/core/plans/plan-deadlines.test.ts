// Protects deadlines (frister) through dispatch: the first follow-up 3 months after move-in and the
// yearly status meeting at their boundaries, meetings that reset them, goal follow-ups, filters,
// Danish ordering, scoping, the search row in the log, and forCitizen for the plan.
import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { danishSortKey } from '../text/danish-sort-key';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { sqlAddMonths } from './plan-deadlines-queries';

// The fixture's today is 2026-03-02 (30 days on: 2026-04-01).
const TODAY = '2026-03-02';
const SOEVN = '83376fdb-f55d-4dd9-944e-b49631a9836f';
const SUNDHED = '4fb78b88-d3af-4cfb-84d7-f06daf423317';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

// Plain SQL until the goals fixture lands: a goal (active unless closed) and a held meeting.
function addGoal(citizenId: number, nextFollowUp: string | null, fields: { text?: string; closedDate?: string } = {}): number {
  const closed = fields.closedDate ?? null;
  return Number(
    t.backend.db
      .prepare(
        `INSERT INTO goals (citizen_id, ffb_code, theme_code, professional_text, citizen_words, goal_type, start_date, next_follow_up, status, closed_date, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'Jeg vil sove bedre', 'udvikle', '2025-01-01', ?, ?, ?, 1, 'x', 'x')`,
      )
      .run(citizenId, SOEVN, SUNDHED, fields.text ?? 'Bedre søvn', closed ? null : nextFollowUp, closed ? 'opnaaet' : 'aktiv', closed).lastInsertRowid,
  );
}
function addMeeting(citizenId: number, date: string, kind: 'foerste-opfoelgning' | 'statusmoede' | 'opfoelgning') {
  t.backend.db.prepare("INSERT INTO plan_meetings (citizen_id, meeting_date, kind, recorded_by, created_at) VALUES (?, ?, ?, 1, 'x')").run(citizenId, date, kind);
}
function addStaff(name: string): number {
  return Number(
    t.backend.db
      .prepare("INSERT INTO staff (name, name_sort, title, employment, created_at, updated_at) VALUES (?, ?, 'Pædagog', 'fast', 'x', 'x')")
      .run(name, danishSortKey(name)).lastInsertRowid,
  );
}
const setContact = (citizenId: number, staffId: number) => t.backend.db.prepare('UPDATE citizens SET contact_staff_id = ? WHERE id = ?').run(staffId, citizenId);

const deadlines = (input: Partial<InputOf<'plans.deadlines'>> = {}, token = admin) => t.callOk('plans.deadlines', input, token);
const summary = async (input: Partial<InputOf<'plans.deadlines'>> = {}, token = admin) =>
  (await deadlines(input, token)).map((row) => [row.citizenId, row.kind, row.dueDate, row.state]);

describe('first follow-up', () => {
  it('due 3 months after move-in: on today it is due soon, a day earlier it is overdue', async () => {
    const dueToday = citizenIn(t, 'own', { moveIn: '2025-12-02' });
    const overdue = citizenIn(t, 'own', { moveIn: '2025-12-01' });
    expect(await summary()).toEqual([
      [overdue, 'foerste-opfoelgning', '2026-03-01', 'overskredet'],
      [dueToday, 'foerste-opfoelgning', TODAY, 'snart'],
    ]);
  });

  it('a meeting of any kind on or after move-in removes it; one before move-in does not', async () => {
    const met = citizenIn(t, 'own', { moveIn: '2025-12-01' });
    addMeeting(met, '2025-12-01', 'opfoelgning');
    const metBefore = citizenIn(t, 'own', { moveIn: '2025-12-01' });
    addMeeting(metBefore, '2025-11-30', 'foerste-opfoelgning');
    expect(await summary()).toEqual([[metBefore, 'foerste-opfoelgning', '2026-03-01', 'overskredet']]);
  });

  it('the window ends exactly withinDays on: 30 by default', async () => {
    const in30 = citizenIn(t, 'own', { moveIn: '2026-01-01' });
    citizenIn(t, 'own', { moveIn: '2026-01-02' });
    expect(await summary()).toEqual([[in30, 'foerste-opfoelgning', '2026-04-01', 'snart']]);
    expect((await summary({ withinDays: 31 })).length).toBe(2);
    expect(await summary({ withinDays: 0 })).toEqual([]);
  });

  it('month arithmetic follows the calendar: 30 November plus 3 months is 28 February', async () => {
    const id = citizenIn(t, 'own', { moveIn: '2025-11-30' });
    expect(await summary()).toEqual([[id, 'foerste-opfoelgning', '2026-02-28', 'overskredet']]);
  });

  it('SQL adds months exactly as dayjs does, every day of three years (leap day included)', () => {
    const add = t.backend.db.prepare<{ date: string }, { three: string; twelve: string }>(
      `SELECT ${sqlAddMonths(':date', 3)} AS three, ${sqlAddMonths(':date', 12)} AS twelve`,
    );
    const differing: string[] = [];
    for (let day = dayjs('2023-01-01'); day.isBefore('2026-01-01'); day = day.add(1, 'day')) {
      const date = day.format('YYYY-MM-DD');
      const sql = add.get({ date })!;
      if (sql.three !== day.add(3, 'month').format('YYYY-MM-DD') || sql.twelve !== day.add(12, 'month').format('YYYY-MM-DD')) differing.push(date);
    }
    expect(differing).toEqual([]);
    expect(add.get({ date: '2024-02-29' })!.twelve).toBe('2025-02-28');
  });
});

describe('status meeting', () => {
  it('due a year after move-in without a status meeting; a year after the latest status meeting since move-in', async () => {
    const yearToday = citizenIn(t, 'own', { moveIn: '2025-03-02' });
    addMeeting(yearToday, '2025-05-01', 'foerste-opfoelgning');
    const yearAgo = citizenIn(t, 'own', { moveIn: '2025-03-01' });
    addMeeting(yearAgo, '2025-05-01', 'opfoelgning');
    const heldMeeting = citizenIn(t, 'own', { moveIn: '2020-01-01' });
    addMeeting(heldMeeting, '2024-03-20', 'statusmoede');
    addMeeting(heldMeeting, '2025-03-20', 'statusmoede');
    addMeeting(heldMeeting, '2025-01-10', 'opfoelgning');
    const recent = citizenIn(t, 'own', { moveIn: '2020-01-01' });
    addMeeting(recent, '2025-06-01', 'statusmoede');
    expect(await summary()).toEqual([
      [yearAgo, 'statusmoede', '2026-03-01', 'overskredet'],
      [yearToday, 'statusmoede', TODAY, 'snart'],
      [heldMeeting, 'statusmoede', '2026-03-20', 'snart'],
    ]);
  });

  it('a status meeting held before the current move-in does not count', async () => {
    const id = citizenIn(t, 'own', { moveIn: '2024-06-01' });
    addMeeting(id, '2024-05-01', 'statusmoede');
    addMeeting(id, '2024-07-01', 'opfoelgning');
    expect(await summary()).toEqual([[id, 'statusmoede', '2025-06-01', 'overskredet']]);
  });
});

describe('goal follow-ups and who is included', () => {
  it('each active goal\'s follow-up date, with the goal; closed goals and later dates are left out', async () => {
    const id = citizenIn(t, 'own', { moveIn: '2025-06-01' });
    addMeeting(id, '2025-08-01', 'foerste-opfoelgning');
    const late = addGoal(id, '2026-02-01', { text: 'Faste sengetider' });
    const soon = addGoal(id, '2026-03-20');
    addGoal(id, '2026-04-02');
    addGoal(id, null, { closedDate: '2026-01-01' });
    const rows = await deadlines();
    expect(rows.map((row) => [row.goalId, row.dueDate, row.state])).toEqual([
      [late, '2026-02-01', 'overskredet'],
      [soon, '2026-03-20', 'snart'],
    ]);
    expect(rows[0]).toMatchObject({ kind: 'maal-opfoelgning', goalText: 'Faste sengetider', residenceName: 'Egebakken', residenceId: t.residences.own });
  });

  it('only citizens living somewhere today: not moved out, not yet moved in', async () => {
    const movedOut = citizenIn(t, 'own', { moveIn: '2025-01-01', moveOut: '2026-03-01' });
    addGoal(movedOut, '2026-01-01');
    const leavingToday = citizenIn(t, 'own', { moveIn: '2025-12-01', moveOut: TODAY });
    citizenIn(t, 'own', { moveIn: '2026-03-03' });
    expect(await summary()).toEqual([[leavingToday, 'foerste-opfoelgning', '2026-03-01', 'overskredet']]);
  });

  it('same day: by citizen name in Danish order (Æ, Ø, Å last)', async () => {
    const aase = citizenIn(t, 'own', { firstName: 'Åse', lastName: 'Ørum', moveIn: '2025-12-01' });
    const oeje = citizenIn(t, 'own', { firstName: 'Øje', lastName: 'Berg', moveIn: '2025-12-01' });
    const zenia = citizenIn(t, 'own', { firstName: 'Zenia', lastName: 'Holm', moveIn: '2025-12-01' });
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Holm', moveIn: '2025-12-01' });
    expect((await deadlines()).map((row) => row.citizenId)).toEqual([anna, zenia, oeje, aase]);
  });
});

describe('filters, scope and audit', () => {
  it('filters by residence and by contact person, with the contact person\'s name', async () => {
    const own = citizenIn(t, 'own', { moveIn: '2025-12-01' });
    const other = citizenIn(t, 'other', { moveIn: '2025-12-01' });
    const staff = addStaff('Karen Kontakt');
    setContact(other, staff);
    expect((await deadlines({ residenceId: t.residences.own })).map((row) => row.citizenId)).toEqual([own]);
    const byContact = await deadlines({ contactStaffId: staff });
    expect(byContact.map((row) => [row.citizenId, row.contactStaffId, row.contactStaffName, row.residenceName])).toEqual([[other, staff, 'Karen Kontakt', 'Lærkehøj']]);
    expect((await deadlines()).find((row) => row.citizenId === own)).toMatchObject({ contactStaffId: null, contactStaffName: null });
  });

  it('scoped users see their residences\' citizens only; another residence is FORBIDDEN; the vagtplanlægger is FORBIDDEN', async () => {
    const own = citizenIn(t, 'own', { firstName: 'Anna', moveIn: '2025-12-01' });
    const other = citizenIn(t, 'other', { firstName: 'Bo', moveIn: '2025-12-01' });
    expect((await deadlines({}, admin)).map((row) => row.citizenId)).toEqual([own, other]);
    expect((await deadlines({}, t.tokens.afdelingsleder)).map((row) => row.citizenId)).toEqual([own]);
    expect((await deadlines({}, t.tokens.medarbejder)).map((row) => row.citizenId)).toEqual([own]);
    expectCode(await t.call('plans.deadlines', { residenceId: t.residences.other }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('plans.deadlines', {}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('withinDays is 0..365', async () => {
    for (const withinDays of [-1, 366, 1.5]) {
      expect(fieldPaths(expectCode(await t.call('plans.deadlines', { withinDays }, admin), 'INVALID_INPUT'))).toEqual(['withinDays']);
    }
  });

  it('one search row naming the window, the filters and the count, no citizen', async () => {
    citizenIn(t, 'own', { moveIn: '2025-12-01' });
    await deadlines({ withinDays: 14, residenceId: t.residences.own }, t.tokens.afdelingsleder);
    expect(auditRows(t.backend, 'plans.deadlines').map((row) => [row.action, row.citizen_id, row.username, row.subject, row.detail])).toEqual([
      ['search', null, 'leder', 'Frister: 14 dage, botilbud Egebakken', '1 frister'],
    ]);
  });
});

describe('forCitizen', () => {
  it('one citizen\'s deadlines in the window, without an audit row; none for a citizen not living anywhere', () => {
    const id = citizenIn(t, 'own', { moveIn: '2025-03-01' });
    const goal = addGoal(id, '2026-03-31');
    citizenIn(t, 'own', { moveIn: '2025-12-01' });
    const service = t.backend.services.planDeadlines;
    const before = t.count('audit_log');
    expect(service.forCitizen(id).map((row) => [row.kind, row.goalId, row.dueDate, row.state])).toEqual([
      ['foerste-opfoelgning', null, '2025-06-01', 'overskredet'],
      ['statusmoede', null, '2026-03-01', 'overskredet'],
      ['maal-opfoelgning', goal, '2026-03-31', 'snart'],
    ]);
    expect(service.forCitizen(id, 10).map((row) => row.kind)).toEqual(['foerste-opfoelgning', 'statusmoede']);
    expect(service.forCitizen(citizenIn(t, 'own', { moveIn: '2020-01-01', moveOut: '2021-01-01' }))).toEqual([]);
    expect(t.count('audit_log')).toBe(before);
  });
});
