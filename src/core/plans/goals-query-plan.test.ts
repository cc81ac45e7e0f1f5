// Protects the plan's read path from full scans: one citizen's goals, actions, evaluations and
// meetings are found through their indexes, so plans.get stays fast with many citizens.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { createGoalQueries } from './goal-queries';
import { createPlanQueries } from './plan-queries';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

const plan = (statement: { source: string }) =>
  (t.backend.db.prepare(`EXPLAIN QUERY PLAN ${statement.source}`).all(1) as Array<{ detail: string }>).map((row) => row.detail).join('\n');

it('reads one citizen\'s goals, actions and evaluations through goals_citizen, never scanning a table', () => {
  const q = createGoalQueries(t.backend.db);
  expect(plan(q.forCitizen)).toMatch(/SEARCH g USING INDEX goals_citizen \(citizen_id=\?\)/);
  for (const statement of [q.forCitizen, q.actionsForCitizen, q.evaluationsForCitizen]) {
    const detail = plan(statement);
    expect(detail).toMatch(/goals_citizen/);
    expect(detail).not.toMatch(/\bSCAN (g|a|e)\b/);
  }
  expect(plan(q.evaluationsOf)).toMatch(/goal_evaluations_goal/);
  expect(plan(q.activeChildren)).toMatch(/goals_parent/);
});

it('reads one citizen\'s meetings through plan_meetings_citizen', () => {
  expect(plan(createPlanQueries(t.backend.db).meetings)).toMatch(/plan_meetings_citizen/);
});
