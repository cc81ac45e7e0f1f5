// Protects goals and sub-goals through dispatch: FFB themes, the one level of delmål, responsible
// staff, evaluations within the goal's life and never in the future, scales refused by field,
// closing (sub-goals first, a closing evaluation, read-only afterwards), optimistic versions,
// scoping by role and residence, audit rows, and nothing half-saved after a refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { addEvaluation, addGoal, addStaff, closeGoal, goalInput, HEALTH_THEME, RELATIONS_THEME, SLEEP_CODE } from '../../../tests/fixtures/plans';

// The fixture's today is Monday 2026-03-02; test goals start 2026-01-01.
const TODAY = '2026-03-02';
const TOMORROW = '2026-03-03';
const START = '2026-01-01';

let t: TestBackend;
let admin: string;
let citizenId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own');
});
afterEach(() => t.close());

const create = (fields: Partial<InputOf<'goals.create'>> = {}, token = admin) => t.call('goals.create', goalInput(citizenId, fields), token);
const goalOf = async (id: number) => (await t.callOk('plans.get', { citizenId }, admin)).goals.find((goal) => goal.id === id)!;
const versionOf = (id: number) => t.backend.db.prepare('SELECT version FROM goals WHERE id = ?').pluck().get(id) as number;
const evaluate = (goalId: number, fields: Partial<InputOf<'goals.addEvaluation'>> = {}, token = admin) =>
  t.call('goals.addEvaluation', { goalId, date: '2026-02-01', functionLevel: 2, ...fields }, token);
const updateInput = (id: number, fields: Partial<InputOf<'goals.update'>> = {}): InputOf<'goals.update'> => {
  const { citizenId: _c, parentId: _p, ...rest } = goalInput(citizenId);
  return { ...rest, id, version: versionOf(id), ...fields };
};
const closeInput = (id: number, fields: Partial<InputOf<'goals.close'>> = {}): InputOf<'goals.close'> => ({
  id,
  version: versionOf(id),
  outcome: 'opnaaet',
  closedDate: TODAY,
  note: 'Sover nu hele natten',
  decision: 'afslut',
  ...fields,
});
const snapshot = () => ({
  goals: t.backend.db.prepare('SELECT * FROM goals ORDER BY id').all(),
  evaluations: t.count('goal_evaluations'),
  actions: t.backend.db.prepare('SELECT * FROM goal_actions ORDER BY id').all(),
  audit: t.count('audit_log'),
});
/** Expects INVALID_INPUT naming exactly `field`, and returns its message. */
const refusedOn = (envelope: Awaited<ReturnType<typeof t.call>>, field: string) => {
  const error = expectCode(envelope, 'INVALID_INPUT');
  expect(fieldPaths(error)).toEqual([field]);
  return error.fields![0]!.message;
};

describe('create', () => {
  it('stores a goal on an FFB condition with the theme above it, the citizen\'s words and the responsible staff member', async () => {
    const staffId = addStaff(t, 'Karen Kontaktperson');
    const goal = await t.callOk('goals.create', goalInput(citizenId, { responsibleStaffId: staffId, qualityTheme: 'sundhed-trivsel' }), admin);
    expect(goal).toMatchObject({
      citizenId,
      parentId: null,
      ffbCode: SLEEP_CODE,
      themeCode: HEALTH_THEME.code,
      themeLabel: 'Sundhedsforhold: Søvn',
      qualityTheme: 'sundhed-trivsel',
      professionalText: 'Borgeren opnår en stabil døgnrytme med 7 timers søvn',
      citizenWords: 'Jeg vil gerne kunne sove om natten',
      goalType: 'udvikle',
      startDate: START,
      nextFollowUp: '2026-04-01',
      responsibleStaffId: staffId,
      responsibleStaffName: 'Karen Kontaktperson',
      status: 'aktiv',
      closedDate: null,
      closingNote: null,
      followUpDecision: null,
      actions: [],
      evaluations: [],
      version: 1,
      createdAt: t.clock.now().toISOString(),
    });
    expect(goal.progression).toEqual({
      movement: 'ukendt',
      startFunctionLevel: null,
      currentFunctionLevel: null,
      startGas: null,
      currentGas: null,
      startSupportNeed: null,
      currentSupportNeed: null,
    });
  });

  it('accepts a theme\'s own code: the theme is its own theme', async () => {
    const goal = await t.callOk('goals.create', goalInput(citizenId, { ffbCode: RELATIONS_THEME.code }), admin);
    expect(goal).toMatchObject({ ffbCode: RELATIONS_THEME.code, themeCode: RELATIONS_THEME.code, themeLabel: 'Relationer' });
  });

  it('refuses a code that is not an FFB theme or condition, on ffbCode', async () => {
    const before = snapshot();
    expect(refusedOn(await create({ ffbCode: 'søvn' }), 'ffbCode')).toBe('FFB-tema: vælg et tema fra Fælles Faglige Begreber');
    // A group or a value set code is not a theme either.
    refusedOn(await create({ ffbCode: HEALTH_THEME.group }), 'ffbCode');
    expect(snapshot()).toEqual(before);
  });

  it('follow-up on the start date is accepted; the day before is refused on nextFollowUp', async () => {
    expect((await t.callOk('goals.create', goalInput(citizenId, { nextFollowUp: START }), admin)).nextFollowUp).toBe(START);
    refusedOn(await create({ nextFollowUp: '2025-12-31' }), 'nextFollowUp');
  });

  it('refuses an unknown måltype and Kvalitetsmodel theme by field', async () => {
    refusedOn(await create({ goalType: 'forbedre' as never }), 'goalType');
    refusedOn(await create({ qualityTheme: 'trivsel' as never }), 'qualityTheme');
  });

  it('a sub-goal hangs under an active goal of the same citizen', async () => {
    const parentId = addGoal(t, citizenId);
    const sub = await t.callOk('goals.create', goalInput(citizenId, { parentId, professionalText: 'Går i seng kl. 23 på hverdage' }), admin);
    expect(sub.parentId).toBe(parentId);
  });

  it('refuses a sub-goal of a sub-goal, of a closed goal, of another citizen\'s goal and of no goal, on parentId', async () => {
    const parentId = addGoal(t, citizenId);
    const subId = addGoal(t, citizenId, { parentId });
    const closedId = addGoal(t, citizenId);
    closeGoal(t, closedId, 'opnaaet', '2026-02-01');
    const otherCitizensGoal = addGoal(t, citizenIn(t, 'own'));
    const before = snapshot();
    expect(refusedOn(await create({ parentId: subId }), 'parentId')).toBe('Overordnet mål: et delmål kan ikke have delmål');
    expect(refusedOn(await create({ parentId: closedId }), 'parentId')).toMatch(/afsluttet 01-02-2026/);
    refusedOn(await create({ parentId: otherCitizensGoal }), 'parentId');
    refusedOn(await create({ parentId: 9999 }), 'parentId');
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unknown or inactive responsible staff member, on responsibleStaffId', async () => {
    const inactive = addStaff(t, 'Gitte Gået', false);
    expect(refusedOn(await create({ responsibleStaffId: 9999 }), 'responsibleStaffId')).toMatch(/^Ansvarlig medarbejder/);
    expect(refusedOn(await create({ responsibleStaffId: inactive }), 'responsibleStaffId')).toMatch(/ikke længere aktiv/);
  });

  it('the medarbejder (plans.read only) is FORBIDDEN; the afdelingsleder creates at their own residence, FORBIDDEN at another', async () => {
    expectCode(await create({}, t.tokens.medarbejder), 'FORBIDDEN');
    expect((await create({}, t.tokens.afdelingsleder)).ok).toBe(true);
    const stranger = citizenIn(t, 'other');
    expectCode(await t.call('goals.create', goalInput(stranger), t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('goals.create', goalInput(999_999), admin), 'NOT_FOUND');
  });

  it('logs the creation with the citizen and the goal text shortened, never the CPR number', async () => {
    const long = `Borgeren ${'deltager i fællesspisning '.repeat(6)}`.trim();
    await t.callOk('goals.create', goalInput(citizenId, { professionalText: long }), admin);
    const [row] = auditRows(t.backend, 'goals.create');
    expect(row).toMatchObject({ action: 'create', citizen_id: citizenId, username: 'admin', detail: 'Mål: Sundhedsforhold: Søvn' });
    expect(row!.subject!.length).toBeLessThanOrEqual(60);
    expect(row!.subject!.endsWith('…')).toBe(true);
    const cpr = t.backend.db.prepare('SELECT cpr FROM citizens WHERE id = ?').pluck().get(citizenId) as string;
    expect(JSON.stringify(auditRows(t.backend))).not.toContain(cpr);
  });
});

describe('update', () => {
  it('changes an active goal and its version; a stale version is a CONFLICT', async () => {
    const id = addGoal(t, citizenId);
    const updated = await t.callOk('goals.update', updateInput(id, { professionalText: 'Sover 6 timer', goalType: 'fastholde', nextFollowUp: '2026-05-01' }), admin);
    expect(updated).toMatchObject({ professionalText: 'Sover 6 timer', goalType: 'fastholde', nextFollowUp: '2026-05-01', version: 2 });
    const before = snapshot();
    const error = expectCode(await t.call('goals.update', updateInput(id, { version: 1, professionalText: 'Gammel' }), admin), 'CONFLICT');
    expect(error.message).toMatch(/ændret af en anden/);
    expect(snapshot()).toEqual(before);
    expect(auditRows(t.backend, 'goals.update')).toMatchObject([
      { action: 'update', citizen_id: citizenId, subject: 'Sover 6 timer', detail: 'Ændret: målet (fagligt), måltype, næste opfølgning' },
    ]);
  });

  it('refuses to change a closed goal, naming its outcome and date', async () => {
    const id = addGoal(t, citizenId);
    closeGoal(t, id, 'opnaaet', '2026-03-01');
    const error = expectCode(await t.call('goals.update', updateInput(id, { professionalText: 'Ny' }), admin), 'CONFLICT');
    expect(error.message).toBe('Målet er afsluttet (opnået) 01-03-2026 og kan ikke ændres.');
  });

  it('never moves a goal to another parent (parentId is not an input)', async () => {
    const parentId = addGoal(t, citizenId);
    const subId = addGoal(t, citizenId, { parentId });
    const otherParent = addGoal(t, citizenId);
    const updated = await t.callOk('goals.update', { ...updateInput(subId), parentId: otherParent } as InputOf<'goals.update'>, admin);
    expect(updated.parentId).toBe(parentId);
  });

  it('the start date may move up to the first evaluation, not past it', async () => {
    const id = addGoal(t, citizenId);
    addEvaluation(t, id, { date: '2026-02-01' });
    addEvaluation(t, id, { date: '2026-02-15' });
    expect((await t.callOk('goals.update', updateInput(id, { startDate: '2026-02-01' }), admin)).startDate).toBe('2026-02-01');
    const message = refusedOn(await t.call('goals.update', updateInput(id, { startDate: '2026-02-02' }), admin), 'startDate');
    expect(message).toBe('Startdato kan ikke ligge efter målets første evaluering (01-02-2026)');
  });

  it('keeps a responsible staff member who has since left; choosing them anew is refused', async () => {
    const leaving = addStaff(t, 'Gitte Gået');
    const id = addGoal(t, citizenId, { responsibleStaffId: leaving });
    t.backend.db.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(leaving);
    expect((await t.callOk('goals.update', updateInput(id, { responsibleStaffId: leaving, citizenWords: 'Sove bedre' }), admin)).responsibleStaffName).toBe('Gitte Gået');
    refusedOn(await t.call('goals.update', updateInput(addGoal(t, citizenId), { responsibleStaffId: leaving }), admin), 'responsibleStaffId');
  });

  it('an unknown goal is NOT_FOUND; another residence\'s is FORBIDDEN for the afdelingsleder', async () => {
    expectCode(await t.call('goals.update', { ...updateInput(addGoal(t, citizenId)), id: 9999 }, admin), 'NOT_FOUND');
    const stranger = addGoal(t, citizenIn(t, 'other'));
    expectCode(await t.call('goals.update', updateInput(stranger), t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('goals.update', updateInput(stranger), t.tokens.medarbejder), 'FORBIDDEN');
  });
});

describe('addEvaluation', () => {
  it('records an evaluation with who made it, and returns the whole goal with its progression', async () => {
    const id = addGoal(t, citizenId);
    addEvaluation(t, id, { date: '2026-01-15', functionLevel: 3, gas: -1, supportNeed: 3 });
    const goal = await t.callOk('goals.addEvaluation', { goalId: id, date: '2026-02-20', functionLevel: 2, gas: 1, supportNeed: 2, note: 'Bedre søvn' }, admin);
    expect(goal.evaluations.map((e) => [e.date, e.functionLevel, e.gas, e.supportNeed, e.closing, e.evaluatedBy])).toEqual([
      ['2026-01-15', 3, -1, 3, false, 'Ada Administrator'],
      ['2026-02-20', 2, 1, 2, false, 'Ada Administrator'],
    ]);
    expect(goal.evaluations[1]!.note).toBe('Bedre søvn');
    expect(goal.progression).toEqual({
      movement: 'frem',
      startFunctionLevel: 3,
      currentFunctionLevel: 2,
      startGas: -1,
      currentGas: 1,
      startSupportNeed: 3,
      currentSupportNeed: 2,
    });
    expect(auditRows(t.backend, 'goals.addEvaluation').at(-1)).toMatchObject({
      citizen_id: citizenId,
      detail: 'Evaluering 20-02-2026: funktionsevneniveau 2, GAS 1, støttebehov 2',
    });
  });

  it('lists evaluations oldest first, whatever order they were recorded in', async () => {
    const id = addGoal(t, citizenId);
    addEvaluation(t, id, { date: '2026-02-20', functionLevel: 1 });
    addEvaluation(t, id, { date: '2026-01-10', functionLevel: 3 });
    const goal = await goalOf(id);
    expect(goal.evaluations.map((e) => e.date)).toEqual(['2026-01-10', '2026-02-20']);
    expect(goal.progression.movement).toBe('frem');
  });

  it('on the goal\'s start date is accepted; the day before is refused on date', async () => {
    const id = addGoal(t, citizenId);
    expect((await evaluate(id, { date: START })).ok).toBe(true);
    expect(refusedOn(await evaluate(id, { date: '2025-12-31' }), 'date')).toBe('Dato kan ikke ligge før målets startdato (01-01-2026)');
  });

  it('today is accepted; tomorrow is refused on date', async () => {
    const id = addGoal(t, citizenId);
    expect((await evaluate(id, { date: TODAY })).ok).toBe(true);
    expect(refusedOn(await evaluate(id, { date: TOMORROW }), 'date')).toBe('Dato kan ikke ligge i fremtiden');
  });

  it('refuses GAS 3, level 5, support need 5 and no score at all, each on its field', async () => {
    const id = addGoal(t, citizenId);
    const before = snapshot();
    refusedOn(await evaluate(id, { gas: 3 }), 'gas');
    refusedOn(await evaluate(id, { functionLevel: null, gas: -3 }), 'gas');
    refusedOn(await evaluate(id, { functionLevel: 5 }), 'functionLevel');
    refusedOn(await evaluate(id, { supportNeed: 5 }), 'supportNeed');
    expect(refusedOn(await evaluate(id, { functionLevel: null, gas: null }), 'functionLevel')).toMatch(/og\/eller målopfyldelse/);
    expect(snapshot()).toEqual(before);
    // The scales' ends are fine; GAS alone is enough.
    expect((await evaluate(id, { functionLevel: 0, gas: -2, supportNeed: 4 })).ok).toBe(true);
    expect((await evaluate(id, { functionLevel: null, gas: 2 })).ok).toBe(true);
  });

  it('a next follow-up moves the goal\'s follow-up date and version; without one the version stays', async () => {
    const id = addGoal(t, citizenId);
    const same = await t.callOk('goals.addEvaluation', { goalId: id, date: '2026-02-01', functionLevel: 2 }, admin);
    expect(same).toMatchObject({ nextFollowUp: '2026-04-01', version: 1 });
    const moved = await t.callOk('goals.addEvaluation', { goalId: id, date: '2026-02-15', functionLevel: 2, nextFollowUp: '2026-06-01' }, admin);
    expect(moved).toMatchObject({ nextFollowUp: '2026-06-01', version: 2 });
    refusedOn(await evaluate(id, { date: '2026-02-15', nextFollowUp: '2026-02-14' }), 'nextFollowUp');
  });

  it('refuses to evaluate a closed goal, naming its outcome and date', async () => {
    const id = addGoal(t, citizenId);
    closeGoal(t, id, 'delvist-opnaaet', '2026-02-28');
    const before = snapshot();
    expect(expectCode(await evaluate(id), 'CONFLICT').message).toBe('Målet er afsluttet (delvist opnået) 28-02-2026 og kan ikke evalueres.');
    expect(snapshot()).toEqual(before);
  });

  it('the medarbejder cannot evaluate; the afdelingsleder can only at their own residence', async () => {
    const own = addGoal(t, citizenId);
    const stranger = addGoal(t, citizenIn(t, 'other'));
    expectCode(await evaluate(own, {}, t.tokens.medarbejder), 'FORBIDDEN');
    expect((await evaluate(own, {}, t.tokens.afdelingsleder)).ok).toBe(true);
    expectCode(await evaluate(stranger, {}, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await evaluate(9999), 'NOT_FOUND');
  });
});

describe('actions', () => {
  it('adds an action (planned unless told) and updates it with a version; the goal\'s updatedAt moves', async () => {
    const id = addGoal(t, citizenId);
    t.clock.advance(60_000);
    const goal = await t.callOk('goals.addAction', { goalId: id, title: 'Aftenrutine med afskærmning', method: 'KRAP' }, admin);
    expect(goal.actions).toEqual([{ id: goal.actions[0]!.id, goalId: id, title: 'Aftenrutine med afskærmning', method: 'KRAP', status: 'planlagt', version: 1 }]);
    expect(goal.updatedAt).toBe(t.clock.now().toISOString());
    expect(goal.version).toBe(1);
    const actionId = goal.actions[0]!.id;
    t.clock.advance(60_000);
    const updated = await t.callOk('goals.updateAction', { id: actionId, version: 1, title: 'Aftenrutine', method: null, status: 'igang' }, admin);
    expect(updated.actions[0]).toMatchObject({ title: 'Aftenrutine', method: null, status: 'igang', version: 2 });
    expect(updated.updatedAt).toBe(t.clock.now().toISOString());
    expect(auditRows(t.backend).filter((row) => row.method.endsWith('Action')).map((row) => [row.method, row.citizen_id])).toEqual([
      ['goals.addAction', citizenId],
      ['goals.updateAction', citizenId],
    ]);
  });

  it('a stale action version is a CONFLICT; an unknown action NOT_FOUND; an unknown status refused by field', async () => {
    const id = addGoal(t, citizenId);
    const actionId = (await t.callOk('goals.addAction', { goalId: id, title: 'Aftenrutine' }, admin)).actions[0]!.id;
    await t.callOk('goals.updateAction', { id: actionId, version: 1, title: 'Aftenrutine', status: 'igang' }, admin);
    const before = snapshot();
    expect(expectCode(await t.call('goals.updateAction', { id: actionId, version: 1, title: 'X', status: 'afsluttet' }, admin), 'CONFLICT').message).toMatch(/Indsatsen er ændret/);
    expect(snapshot()).toEqual(before);
    expectCode(await t.call('goals.updateAction', { id: 9999, version: 1, title: 'X', status: 'afsluttet' }, admin), 'NOT_FOUND');
    refusedOn(await t.call('goals.addAction', { goalId: id, title: 'X', status: 'pauset' }, admin), 'status');
  });

  it('a closed goal takes no new or changed actions', async () => {
    const id = addGoal(t, citizenId);
    const actionId = (await t.callOk('goals.addAction', { goalId: id, title: 'Aftenrutine' }, admin)).actions[0]!.id;
    closeGoal(t, id, 'opnaaet', TODAY);
    expect(expectCode(await t.call('goals.addAction', { goalId: id, title: 'Ny' }, admin), 'CONFLICT').message).toMatch(/afsluttet \(opnået\) 02-03-2026/);
    expectCode(await t.call('goals.updateAction', { id: actionId, version: 1, title: 'Ny', status: 'afsluttet' }, admin), 'CONFLICT');
  });

  it('the medarbejder cannot add actions', async () => {
    expectCode(await t.call('goals.addAction', { goalId: addGoal(t, citizenId), title: 'X' }, t.tokens.medarbejder), 'FORBIDDEN');
  });
});

describe('close', () => {
  it('closes with the outcome, a closing evaluation, the decision, and no follow-up; the goal stays readable', async () => {
    const id = addGoal(t, citizenId);
    addEvaluation(t, id, { date: '2026-01-15', functionLevel: 3 });
    const closed = await t.callOk('goals.close', closeInput(id, { functionLevel: 1, supportNeed: 1 }), admin);
    expect(closed).toMatchObject({
      status: 'opnaaet',
      closedDate: TODAY,
      closingNote: 'Sover nu hele natten',
      followUpDecision: 'afslut',
      nextFollowUp: null,
      version: 2,
    });
    expect(closed.evaluations.at(-1)).toMatchObject({ date: TODAY, functionLevel: 1, gas: null, supportNeed: 1, note: 'Sover nu hele natten', closing: true });
    expect(closed.progression).toMatchObject({ movement: 'frem', startFunctionLevel: 3, currentFunctionLevel: 1 });
    expect(await goalOf(id)).toEqual(closed);
    expect(auditRows(t.backend, 'goals.close')).toMatchObject([{ action: 'update', citizen_id: citizenId, detail: 'Afsluttet (opnået) 02-03-2026' }]);
  });

  it('a closing evaluation may carry no scores', async () => {
    const id = addGoal(t, citizenId);
    const closed = await t.callOk('goals.close', closeInput(id, { outcome: 'afsluttet', decision: null }), admin);
    expect(closed.evaluations).toMatchObject([{ functionLevel: null, gas: null, supportNeed: null, closing: true }]);
    expect(closed.progression.movement).toBe('ukendt');
  });

  it('refuses a goal already closed, and a stale version, with CONFLICT', async () => {
    const id = addGoal(t, citizenId);
    const stale = closeInput(id);
    await t.callOk('goals.update', updateInput(id, { professionalText: 'Rettet' }), admin);
    expect(expectCode(await t.call('goals.close', stale, admin), 'CONFLICT').message).toMatch(/ændret af en anden/);
    closeGoal(t, id, 'ikke-opnaaet', '2026-02-01');
    expect(expectCode(await t.call('goals.close', closeInput(id), admin), 'CONFLICT').message).toBe('Målet er allerede afsluttet (ikke opnået) 01-02-2026.');
  });

  it('refuses while sub-goals are active, naming them, and saves nothing; closes once they are closed', async () => {
    const id = addGoal(t, citizenId);
    const first = addGoal(t, citizenId, { parentId: id, professionalText: 'Går i seng kl. 23' });
    const second = addGoal(t, citizenId, { parentId: id, professionalText: 'Ingen skærm efter kl. 22' });
    closeGoal(t, second, 'opnaaet', '2026-02-01');
    const third = addGoal(t, citizenId, { parentId: id, professionalText: 'Står op kl. 7' });
    const before = snapshot();
    const error = expectCode(await t.call('goals.close', closeInput(id, { functionLevel: 1 }), admin), 'CONFLICT');
    expect(error.message).toBe('Afslut først delmålene: Går i seng kl. 23; Står op kl. 7.');
    expect(snapshot()).toEqual(before);
    closeGoal(t, first, 'opnaaet', TODAY);
    closeGoal(t, third, 'delvist-opnaaet', TODAY);
    expect((await t.callOk('goals.close', closeInput(id), admin)).status).toBe('opnaaet');
  });

  it('the closing date lies between the start (accepted) and today (accepted), not before or after', async () => {
    const onStart = addGoal(t, citizenId);
    expect((await t.callOk('goals.close', closeInput(onStart, { closedDate: START }), admin)).closedDate).toBe(START);
    const id = addGoal(t, citizenId);
    const before = snapshot();
    expect(refusedOn(await t.call('goals.close', closeInput(id, { closedDate: '2025-12-31' }), admin), 'closedDate')).toBe(
      'Afsluttet dato kan ikke ligge før målets startdato (01-01-2026)',
    );
    expect(refusedOn(await t.call('goals.close', closeInput(id, { closedDate: TOMORROW }), admin), 'closedDate')).toBe('Afsluttet dato kan ikke ligge i fremtiden');
    expect(snapshot()).toEqual(before);
  });

  it('the closing date is not before the latest evaluation; on its date is accepted', async () => {
    const id = addGoal(t, citizenId);
    addEvaluation(t, id, { date: '2026-02-10' });
    addEvaluation(t, id, { date: '2026-02-20' });
    const before = snapshot();
    expect(refusedOn(await t.call('goals.close', closeInput(id, { closedDate: '2026-02-19' }), admin), 'closedDate')).toBe(
      'Afsluttet dato kan ikke ligge før målets seneste evaluering (20-02-2026)',
    );
    expect(snapshot()).toEqual(before);
    expect((await t.callOk('goals.close', closeInput(id, { closedDate: '2026-02-20' }), admin)).closedDate).toBe('2026-02-20');
  });

  it('refuses an unknown outcome by field; the medarbejder and another residence\'s afdelingsleder are FORBIDDEN', async () => {
    const id = addGoal(t, citizenId);
    refusedOn(await t.call('goals.close', closeInput(id, { outcome: 'aktiv' as never }), admin), 'outcome');
    expectCode(await t.call('goals.close', closeInput(id), t.tokens.medarbejder), 'FORBIDDEN');
    const stranger = addGoal(t, citizenIn(t, 'other'));
    expectCode(await t.call('goals.close', closeInput(stranger), t.tokens.afdelingsleder), 'FORBIDDEN');
    expect(t.backend.db.prepare("SELECT count(*) FROM goals WHERE status <> 'aktiv'").pluck().get()).toBe(0);
  });
});
