// Protects the management information through dispatch on a small handmade dataset: goals moving
// up, flat and down (on funktionsevneniveau or GAS), reached and closed in the year, overdue
// follow-ups; by residence, theme and effect dimension; a past year; scoping, the log row, and a
// query plan that reads evaluations through their index only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn, insertCitizen } from '../../../tests/fixtures/citizens';
import { addEvaluation, addGoal, closeGoal, HEALTH_THEME, RELATIONS_THEME, SLEEP_CODE, theme } from '../../../tests/fixtures/plans';
import { OVERVIEW_GOALS_SQL } from './plan-overview-queries';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const ZERO = { activeGoals: 0, reachedThisYear: 0, closedThisYear: 0, evaluatedGoals: 0, withProgression: 0, withDecline: 0, progressionShare: null };

/**
 * Egebakken (own): sleep goal up 3→2→1; relations goal flat 2→2 with an overdue follow-up; relations
 * goal down on GAS 0→−1. Lærkehøj (other): health goal up 3→1, reached 15-02-2026; a mental goal
 * down 1→3 and closed 31-12-2025; a health goal from 2026 with one evaluation and an overdue follow-up.
 */
function seed() {
  const own = citizenIn(t, 'own', { moveIn: '2024-01-01' });
  const other = citizenIn(t, 'other', { moveIn: '2024-01-01' });
  const up = addGoal(t, own, { startDate: '2025-01-01', nextFollowUp: '2026-04-01' });
  addEvaluation(t, up, { date: '2025-02-01', functionLevel: 3 });
  addEvaluation(t, up, { date: '2025-08-01', functionLevel: 2 });
  addEvaluation(t, up, { date: '2026-02-01', functionLevel: 1 });
  const flat = addGoal(t, own, { ffbCode: RELATIONS_THEME.code, startDate: '2025-06-01', nextFollowUp: '2026-02-01' });
  addEvaluation(t, flat, { date: '2025-07-01', functionLevel: 2 });
  addEvaluation(t, flat, { date: '2026-01-15', functionLevel: 2 });
  const down = addGoal(t, own, { ffbCode: RELATIONS_THEME.code, startDate: '2025-06-01', nextFollowUp: '2026-06-01' });
  addEvaluation(t, down, { date: '2025-09-01', functionLevel: null, gas: 0 });
  addEvaluation(t, down, { date: '2026-02-01', functionLevel: null, gas: -1 });
  const reached = addGoal(t, other, { ffbCode: HEALTH_THEME.code, startDate: '2025-01-01', nextFollowUp: '2026-01-01' });
  addEvaluation(t, reached, { date: '2025-03-01', functionLevel: 3 });
  addEvaluation(t, reached, { date: '2026-01-10', functionLevel: 1 });
  closeGoal(t, reached, 'opnaaet', '2026-02-15');
  const lastYear = addGoal(t, other, { ffbCode: theme('Mentale funktioner').code, startDate: '2025-01-01', nextFollowUp: '2025-06-01' });
  addEvaluation(t, lastYear, { date: '2025-02-01', functionLevel: 1 });
  addEvaluation(t, lastYear, { date: '2025-10-01', functionLevel: 3 });
  closeGoal(t, lastYear, 'ikke-opnaaet', '2025-12-31');
  const single = addGoal(t, other, { ffbCode: SLEEP_CODE, startDate: '2026-01-01', nextFollowUp: '2026-03-01' });
  addEvaluation(t, single, { date: '2026-02-01', functionLevel: 2 });
}

const overview = (input: { residenceId?: number | null; year?: number | null } = {}, token = admin) => t.callOk('plans.overview', input, token);

describe('this year', () => {
  it('counts active, reached and closed goals, progression and decline, and overdue follow-ups', async () => {
    seed();
    const result = await overview();
    expect(result.year).toBe(2026);
    expect(result.totals).toEqual({
      activeGoals: 4,
      reachedThisYear: 1,
      closedThisYear: 1,
      evaluatedGoals: 4,
      withProgression: 2,
      withDecline: 1,
      progressionShare: 0.5,
      overdueFollowUps: 2,
    });
  });

  it('by residence (Danish order), by FFB theme (catalog order, themes without goals left out) and by effect dimension (all three)', async () => {
    seed();
    const result = await overview();
    expect(result.byResidence).toEqual([
      { residenceId: t.residences.own, residenceName: 'Egebakken', activeGoals: 3, reachedThisYear: 0, closedThisYear: 0, evaluatedGoals: 3, withProgression: 1, withDecline: 1, progressionShare: 1 / 3, overdueFollowUps: 1 },
      { residenceId: t.residences.other, residenceName: 'Lærkehøj', activeGoals: 1, reachedThisYear: 1, closedThisYear: 1, evaluatedGoals: 1, withProgression: 1, withDecline: 0, progressionShare: 1, overdueFollowUps: 1 },
    ]);
    const health = { activeGoals: 2, reachedThisYear: 1, closedThisYear: 1, evaluatedGoals: 2, withProgression: 2, withDecline: 0, progressionShare: 1 };
    const relations = { activeGoals: 2, reachedThisYear: 0, closedThisYear: 0, evaluatedGoals: 2, withProgression: 0, withDecline: 1, progressionShare: 0 };
    expect(result.byTheme).toEqual([
      { themeCode: HEALTH_THEME.code, themeLabel: 'Sundhedsforhold', ...health },
      { themeCode: RELATIONS_THEME.code, themeLabel: 'Relationer', ...relations },
    ]);
    expect(result.byDimension).toEqual([
      { dimension: 'laering-selvforsoergelse', ...ZERO },
      { dimension: 'netvaerk-medborgerskab', ...relations },
      { dimension: 'personlig-udvikling', ...health },
    ]);
  });

  it('with no goals: every residence and dimension with zeros, no themes, no share', async () => {
    const result = await overview();
    expect(result.totals).toEqual({ ...ZERO, overdueFollowUps: 0 });
    expect(result.byResidence.map((row) => row.residenceName)).toEqual(['Egebakken', 'Lærkehøj']);
    expect(result.byTheme).toEqual([]);
    expect(result.byDimension.map((row) => [row.dimension, row.evaluatedGoals, row.progressionShare])).toEqual([
      ['laering-selvforsoergelse', 0, null],
      ['netvaerk-medborgerskab', 0, null],
      ['personlig-udvikling', 0, null],
    ]);
  });
});

describe('a past year and where a goal counts', () => {
  it('2025: goals active in that year, their evaluations up to its end; active goals and overdue follow-ups are today\'s', async () => {
    seed();
    const result = await overview({ year: 2025 });
    expect(result.totals).toEqual({
      activeGoals: 4,
      reachedThisYear: 0,
      closedThisYear: 1,
      evaluatedGoals: 2,
      withProgression: 1,
      withDecline: 1,
      progressionShare: 0.5,
      overdueFollowUps: 2,
    });
    expect(result.byTheme.map((row) => row.themeLabel)).toEqual(['Mentale funktioner', 'Sundhedsforhold', 'Relationer']);
    expect((await overview({ year: 2024 })).totals).toMatchObject({ evaluatedGoals: 0, closedThisYear: 0, activeGoals: 4 });
  });

  it('a goal is evaluated when the progression rule can tell its movement: two scores on one scale, not one on each', async () => {
    const citizenId = citizenIn(t, 'own');
    const mixed = addGoal(t, citizenId, { startDate: '2025-01-01' });
    addEvaluation(t, mixed, { date: '2025-06-01', functionLevel: 3 });
    addEvaluation(t, mixed, { date: '2026-01-01', functionLevel: null, gas: 1 });
    const levelWins = addGoal(t, citizenId, { startDate: '2025-01-01' });
    addEvaluation(t, levelWins, { date: '2025-06-01', functionLevel: 2, gas: 2 });
    addEvaluation(t, levelWins, { date: '2026-01-01', functionLevel: 1, gas: -2 });
    expect((await overview()).totals).toMatchObject({ activeGoals: 2, evaluatedGoals: 1, withProgression: 1, withDecline: 0, progressionShare: 1 });
  });

  it('a goal counts where its citizen lives now, else where they lived last; without any stay, in the totals only', async () => {
    const movedOut = citizenIn(t, 'other', { moveIn: '2024-01-01', moveOut: '2025-12-31' });
    addGoal(t, movedOut, { startDate: '2025-01-01' });
    const homeless = insertCitizen(t.backend.db, { residenceId: null });
    addGoal(t, homeless, { startDate: '2025-01-01' });
    const result = await overview();
    expect(result.totals.activeGoals).toBe(2);
    expect(result.byResidence.map((row) => [row.residenceName, row.activeGoals])).toEqual([
      ['Egebakken', 0],
      ['Lærkehøj', 1],
    ]);
  });
});

describe('who sees what', () => {
  it('scoped users see their residences\' figures only; another residence is FORBIDDEN; the vagtplanlægger is FORBIDDEN', async () => {
    seed();
    for (const token of [t.tokens.afdelingsleder, t.tokens.medarbejder]) {
      const result = await overview({}, token);
      expect(result.totals).toMatchObject({ activeGoals: 3, evaluatedGoals: 3, overdueFollowUps: 1 });
      expect(result.byResidence.map((row) => row.residenceName)).toEqual(['Egebakken']);
    }
    const filtered = await overview({ residenceId: t.residences.other });
    expect(filtered.totals).toMatchObject({ activeGoals: 1, reachedThisYear: 1 });
    expect(filtered.byResidence.map((row) => row.residenceName)).toEqual(['Lærkehøj']);
    expectCode(await t.call('plans.overview', { residenceId: t.residences.other }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('plans.overview', {}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('one read row, no citizen, naming the year and residence', async () => {
    await overview({ year: 2025, residenceId: t.residences.own }, t.tokens.afdelingsleder);
    await overview();
    expect(auditRows(t.backend, 'plans.overview').map((row) => [row.action, row.citizen_id, row.username, row.subject, row.detail])).toEqual([
      ['read', null, 'leder', 'Ledelsesinformation', '2025, botilbud Egebakken'],
      ['read', null, 'admin', 'Ledelsesinformation', '2026'],
    ]);
  });
});

describe('speed', () => {
  it('reads evaluations only through goal_evaluations_goal, never scanning them', () => {
    const params = { today: '2026-03-02', yearStart: '2026-01-01', yearEnd: '2026-12-31', scopeUserId: 2, residenceId: 1 };
    const plan = (t.backend.db.prepare(`EXPLAIN QUERY PLAN ${OVERVIEW_GOALS_SQL}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/SEARCH e USING (COVERING )?INDEX goal_evaluations_goal \(goal_id=\? AND evaluation_date<\?\)/);
    expect(plan).not.toMatch(/SCAN e\b/);
    expect(plan).toMatch(/SEARCH s USING INDEX citizen_stays_citizen/);
  });
});
