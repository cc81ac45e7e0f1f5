// Protects the plan as read whole through dispatch (handleplan, goals flat with sub-goals and
// closed ones, meetings newest first, deadlines, one read row), the handleplan's optimistic
// version from 0, meetings never in the future, and scoping by role and residence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { addEvaluation, addGoal, closeGoal } from '../../../tests/fixtures/plans';

// The fixture's today is Monday 2026-03-02.
const TODAY = '2026-03-02';
const TOMORROW = '2026-03-03';

let t: TestBackend;
let admin: string;
let citizenId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own');
});
afterEach(() => t.close());

const get = (token = admin, id = citizenId) => t.call('plans.get', { citizenId: id }, token);
const handleplan = (fields: Partial<InputOf<'plans.updateHandleplan'>> = {}, token = admin) =>
  t.call('plans.updateHandleplan', { citizenId, purpose: 'Borgeren skal opnå en mere selvstændig hverdag', date: '2026-01-10', receivedFrom: 'Aarhus Kommune', version: 0, ...fields }, token);
const meeting = (fields: Partial<InputOf<'plans.addMeeting'>> = {}, token = admin) =>
  t.call('plans.addMeeting', { citizenId, date: '2026-02-01', kind: 'opfoelgning', decision: 'fortsaet', note: 'Planen fortsætter', ...fields }, token);

describe('get', () => {
  it('a citizen without a plan has version 0, nulls and empty lists; one read row is logged', async () => {
    const plan = await t.callOk('plans.get', { citizenId }, admin);
    expect(plan.citizenId).toBe(citizenId);
    expect(plan.handleplan).toEqual({ purpose: null, date: null, receivedFrom: null, version: 0, updatedAt: null });
    expect(plan.goals).toEqual([]);
    expect(plan.meetings).toEqual([]);
    expect(Array.isArray(plan.deadlines)).toBe(true);
    expect(auditRows(t.backend, 'plans.get')).toMatchObject([{ action: 'read', citizen_id: citizenId, username: 'admin' }]);
  });

  it('lists goals and sub-goals flat by start date, active and closed, each with its own evaluations', async () => {
    const late = addGoal(t, citizenId, { startDate: '2026-02-01', professionalText: 'Senere mål' });
    const early = addGoal(t, citizenId, { startDate: '2025-11-01', professionalText: 'Tidligt mål' });
    const sub = addGoal(t, citizenId, { parentId: early, startDate: '2025-12-01', professionalText: 'Delmål' });
    addEvaluation(t, early, { date: '2025-12-01', functionLevel: 3 });
    addEvaluation(t, early, { date: '2026-02-01', functionLevel: 2 });
    addEvaluation(t, sub, { date: '2026-01-05', functionLevel: null, gas: 1 });
    closeGoal(t, sub, 'opnaaet', '2026-02-15');
    addGoal(t, citizenIn(t, 'own'), { professionalText: 'En andens mål' });

    const { goals } = await t.callOk('plans.get', { citizenId }, admin);
    expect(goals.map((goal) => [goal.id, goal.parentId, goal.status])).toEqual([
      [early, null, 'aktiv'],
      [sub, early, 'opnaaet'],
      [late, null, 'aktiv'],
    ]);
    expect(goals[0]!.evaluations.map((e) => e.date)).toEqual(['2025-12-01', '2026-02-01']);
    expect(goals[0]!.progression.movement).toBe('frem');
    expect(goals[1]!.evaluations.map((e) => [e.date, e.closing])).toEqual([
      ['2026-01-05', false],
      ['2026-02-15', true],
    ]);
    expect(goals[2]!.evaluations).toEqual([]);
  });

  it('shows meetings newest first, with who recorded them', async () => {
    await meeting({ date: '2025-06-01', kind: 'foerste-opfoelgning' });
    await meeting({ date: '2026-02-01', kind: 'statusmoede' });
    await meeting({ date: '2025-12-01', kind: 'opfoelgning', decision: null, note: null });
    const { meetings } = await t.callOk('plans.get', { citizenId }, admin);
    expect(meetings.map((m) => [m.date, m.kind, m.recordedBy])).toEqual([
      ['2026-02-01', 'statusmoede', 'Ada Administrator'],
      ['2025-12-01', 'opfoelgning', 'Ada Administrator'],
      ['2025-06-01', 'foerste-opfoelgning', 'Ada Administrator'],
    ]);
  });

  it('includes the citizen\'s deadlines, such as a goal follow-up due soon', async () => {
    const goalId = addGoal(t, citizenId, { nextFollowUp: '2026-03-10' });
    const { deadlines } = await t.callOk('plans.get', { citizenId }, admin);
    expect(deadlines.some((deadline) => deadline.goalId === goalId && deadline.dueDate === '2026-03-10')).toBe(true);
  });

  it('the medarbejder reads at their residence; FORBIDDEN elsewhere and for the vagtplanlægger; an unknown citizen NOT_FOUND', async () => {
    expect((await get(t.tokens.medarbejder)).ok).toBe(true);
    expectCode(await get(t.tokens.medarbejder, citizenIn(t, 'other')), 'FORBIDDEN');
    expectCode(await get(t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await get(admin, 999_999), 'NOT_FOUND');
  });
});

describe('updateHandleplan', () => {
  it('creates the plan from version 0, then updates with the version it read', async () => {
    const first = await t.callOk('plans.updateHandleplan', { citizenId, purpose: 'Selvstændig hverdag', date: '2026-01-10', receivedFrom: 'Aarhus Kommune', version: 0 }, admin);
    expect(first).toEqual({ purpose: 'Selvstændig hverdag', date: '2026-01-10', receivedFrom: 'Aarhus Kommune', version: 1, updatedAt: t.clock.now().toISOString() });
    const second = await t.callOk('plans.updateHandleplan', { citizenId, purpose: 'Egen bolig', date: null, receivedFrom: null, version: 1 }, admin);
    expect(second).toMatchObject({ purpose: 'Egen bolig', date: null, receivedFrom: null, version: 2 });
    expect((await t.callOk('plans.get', { citizenId }, admin)).handleplan).toEqual(second);
    expect(auditRows(t.backend, 'plans.updateHandleplan').map((row) => [row.action, row.citizen_id])).toEqual([
      ['create', citizenId],
      ['update', citizenId],
    ]);
  });

  it('a stale version is a CONFLICT, also 0 when someone created the plan meanwhile, and nothing changes', async () => {
    await handleplan();
    expect(expectCode(await handleplan({ version: 0, purpose: 'Anden' }), 'CONFLICT').message).toMatch(/^Planen er ændret af en anden/);
    await handleplan({ version: 1, purpose: 'Ny' });
    expectCode(await handleplan({ version: 1, purpose: 'Gammel' }), 'CONFLICT');
    expect(t.backend.db.prepare('SELECT handleplan_purpose, version FROM plans').get()).toEqual({ handleplan_purpose: 'Ny', version: 2 });
    // A version other than 0 for a citizen without a plan is stale too.
    expectCode(await t.call('plans.updateHandleplan', { citizenId: citizenIn(t, 'own'), purpose: 'X', date: null, receivedFrom: null, version: 3 }, admin), 'CONFLICT');
    expect(t.count('plans')).toBe(1);
  });

  it('the handleplan\'s date may be today, not tomorrow', async () => {
    expect((await handleplan({ date: TODAY })).ok).toBe(true);
    const error = expectCode(await handleplan({ date: TOMORROW, version: 1 }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['date']);
    expect(error.message).toBe('Handleplanens dato kan ikke ligge i fremtiden');
  });

  it('an empty purpose is refused on purpose', async () => {
    expect(fieldPaths(expectCode(await handleplan({ purpose: '  ' }), 'INVALID_INPUT'))).toEqual(['purpose']);
  });

  it('the medarbejder cannot edit; the afdelingsleder only at their own residence', async () => {
    expectCode(await handleplan({}, t.tokens.medarbejder), 'FORBIDDEN');
    expect((await handleplan({}, t.tokens.afdelingsleder)).ok).toBe(true);
    expectCode(await t.call('plans.updateHandleplan', { citizenId: citizenIn(t, 'other'), purpose: 'X', version: 0 }, t.tokens.afdelingsleder), 'FORBIDDEN');
  });
});

describe('addMeeting', () => {
  it('records a meeting held today with its decision and who recorded it; tomorrow is refused on date', async () => {
    const held = await t.callOk('plans.addMeeting', { citizenId, date: TODAY, kind: 'statusmoede', decision: 'fortsaet', note: 'Årligt møde' }, admin);
    expect(held).toEqual({ id: held.id, citizenId, date: TODAY, kind: 'statusmoede', decision: 'fortsaet', note: 'Årligt møde', recordedBy: 'Ada Administrator' });
    expect(auditRows(t.backend, 'plans.addMeeting')).toMatchObject([{ action: 'create', citizen_id: citizenId, detail: 'Statusmøde 02-03-2026' }]);
    const error = expectCode(await meeting({ date: TOMORROW }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['date']);
    expect(t.count('plan_meetings')).toBe(1);
  });

  it('refuses an unknown kind by field; the medarbejder is FORBIDDEN; another residence FORBIDDEN for the afdelingsleder', async () => {
    expect(fieldPaths(expectCode(await meeting({ kind: 'kaffemøde' as never }), 'INVALID_INPUT'))).toEqual(['kind']);
    expectCode(await meeting({}, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('plans.addMeeting', { citizenId: citizenIn(t, 'other'), date: TODAY, kind: 'opfoelgning' }, t.tokens.afdelingsleder), 'FORBIDDEN');
  });
});
