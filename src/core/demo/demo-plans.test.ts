// Protects the demo's plans and documentation: Byen i Byen loads with plans for most residents,
// goals in the citizen's own words moving forward, standing still and slipping back (by the one
// progression rule), goals closed this year, overdue follow-ups, notes with a corrected version,
// exactly two magtanvendelser; the same seed builds the same plans, on any day of the year.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import type { Plan } from '../../contract/areas/plans';
import { DEMO_PASSWORD, type DemoOptions } from './build-demo';
import { progressionOf } from '../plans/progression';

const open: TestBackend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function demo(options: DemoOptions & { at?: string } = {}) {
  const t = await createTestBackend({ adminOnly: true });
  open.push(t);
  if (options.at) t.clock.set(options.at);
  const admin = t.backend.actorByUsername('admin');
  const result = t.backend.db.transaction(() => t.backend.system.loadDemo(admin, options))();
  return { t, result };
}

/** Every current resident's plan, read through the contract as the administrator. */
async function plans(t: TestBackend): Promise<Plan[]> {
  const residents = await t.callOk('citizens.list', { status: 'current', pageSize: 500 }, t.tokens.administrator);
  return Promise.all(residents.rows.map((row) => t.callOk('plans.get', { citizenId: row.id }, t.tokens.administrator)));
}

/** Rows of the plan tables without their timestamps, for comparing two builds. */
function planRows(t: TestBackend) {
  const strip = (row: unknown) => {
    const { created_at: _c, updated_at: _u, edited_at: _e, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  return ['plans', 'goals', 'goal_evaluations', 'goal_actions', 'plan_meetings', 'notes', 'note_versions', 'note_version_goals', 'incidents'].map((table) =>
    t.backend.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all().map(strip),
  );
}

describe('the demo institution’s plans', () => {
  it('gives most residents a plan: the handleplan purpose from their municipality, goals in professional and their own words, actions with methods, delmål', async () => {
    const { t, result } = await demo();
    const all = await plans(t);
    const withGoals = all.filter((plan) => plan.goals.length > 0);
    expect(withGoals.length).toBeGreaterThanOrEqual(Math.round(all.length * 0.8));
    expect(result.plans).toBe(all.filter((plan) => plan.handleplan.purpose !== null).length);
    expect(result.plans).toBeGreaterThanOrEqual(withGoals.length);
    for (const plan of withGoals) {
      expect(plan.handleplan.purpose).toMatch(/^At /);
      expect(plan.handleplan.receivedFrom).toMatch(/ Kommune, /);
    }
    const goals = withGoals.flatMap((plan) => plan.goals);
    expect(goals.every((goal) => /^Jeg /.test(goal.citizenWords))).toBe(true);
    expect(goals.every((goal) => goal.responsibleStaffName !== null)).toBe(true);
    expect(new Set(goals.map((goal) => goal.themeCode)).size).toBeGreaterThanOrEqual(6);
    expect(goals.some((goal) => goal.themeLabel === 'Sundhedsforhold: Søvn' || goal.themeLabel === 'Praktiske opgaver: Lave mad')).toBe(true);
    expect(goals.some((goal) => goal.parentId !== null)).toBe(true);
    expect(goals.flatMap((goal) => goal.actions).every((action) => action.method !== null)).toBe(true);
  });

  it('has a year of evaluations moving forward, standing still and slipping back, and goals closed this year with each outcome', async () => {
    const { t } = await demo();
    const goals = (await plans(t)).flatMap((plan) => plan.goals);
    const movements = goals.map((goal) => progressionOf(goal.evaluations).movement);
    expect(movements).toEqual(goals.map((goal) => goal.progression.movement));
    for (const movement of ['frem', 'uaendret', 'tilbage'] as const) expect(movements.filter((m) => m === movement).length, movement).toBeGreaterThanOrEqual(5);
    // Somebody went from svært or worse to let or better.
    expect(goals.some((goal) => goal.progression.startFunctionLevel! >= 3 && goal.progression.currentFunctionLevel! <= 1)).toBe(true);
    const long = goals.filter((goal) => goal.evaluations.length >= 10);
    expect(long.length).toBeGreaterThan(10);
    expect(long.some((goal) => goal.evaluations[0]!.date <= '2025-04-01')).toBe(true);

    const closed = goals.filter((goal) => goal.status !== 'aktiv');
    for (const status of ['opnaaet', 'delvist-opnaaet', 'ikke-opnaaet'] as const) expect(closed.filter((goal) => goal.status === status).length, status).toBeGreaterThanOrEqual(1);
    for (const goal of closed) {
      expect(goal.closedDate! >= '2026-01-01' && goal.closedDate! <= '2026-03-02', goal.closedDate!).toBe(true);
      expect(goal.evaluations.at(-1)).toMatchObject({ closing: true, date: goal.closedDate });
    }
    const overview = await t.callOk('plans.overview', { year: 2026 }, t.tokens.administrator);
    expect(overview.totals.reachedThisYear).toBe(closed.filter((goal) => goal.status === 'opnaaet').length);
    expect(overview.totals.withProgression).toBeGreaterThan(0);
    expect(overview.totals.withDecline).toBeGreaterThan(0);
  });

  it('leaves some follow-ups overdue (a goal’s, a status meeting, one first follow-up) while most are met', async () => {
    const { t } = await demo();
    const deadlines = await t.callOk('plans.deadlines', {}, t.tokens.administrator);
    const overdue = deadlines.filter((deadline) => deadline.state === 'overskredet');
    for (const kind of ['maal-opfoelgning', 'statusmoede', 'foerste-opfoelgning'] as const) expect(overdue.filter((row) => row.kind === kind).length, kind).toBeGreaterThanOrEqual(1);
    const active = (await plans(t)).flatMap((plan) => plan.goals).filter((goal) => goal.status === 'aktiv');
    expect(overdue.filter((row) => row.kind === 'maal-opfoelgning').length).toBeLessThan(active.length / 4);
    expect(t.count('plan_meetings')).toBeGreaterThan(40);
  });

  it('documents: notes per resident, some about goals or themes, some til statusrapport, written by the residence’s own staff, one corrected into a second version', async () => {
    const { t } = await demo();
    const admin = t.tokens.administrator;
    const residents = await t.callOk('citizens.list', { status: 'current', pageSize: 500 }, admin);
    const pages = await Promise.all(residents.rows.map((row) => t.callOk('notes.list', { citizenId: row.id, pageSize: 100 }, admin)));
    const notes = pages.flatMap((page) => page.rows);
    expect(notes.length).toBeGreaterThanOrEqual(residents.rows.length * 4);
    expect(notes.some((note) => note.goals.length > 0)).toBe(true);
    expect(notes.some((note) => note.goals.length === 0 && note.themes.length > 0)).toBe(true);
    expect(notes.filter((note) => note.forStatusReport).length).toBeGreaterThan(notes.length / 6);
    expect(new Set(notes.map((note) => note.author))).toContain('Mads Lund');

    const corrected = notes.filter((note) => note.version === 2);
    expect(corrected.length).toBeGreaterThanOrEqual(1);
    const history = await t.callOk('notes.history', { id: corrected[0]!.id }, admin);
    expect(history.map((version) => version.version)).toEqual([1, 2]);
    expect(history[1]!.correctionReason).toBeTruthy();
    expect(history[0]!.body !== history[1]!.body || history[0]!.date !== history[1]!.date).toBe(true);

    // Mads Lund (medarbejder at Solsikken) reads the notes he wrote there.
    const mads = (await t.callOk('auth.login', { username: 'mads.lund', password: DEMO_PASSWORD })).token;
    const his = await t.callOk('citizens.list', { status: 'current', pageSize: 500 }, mads);
    expect((await t.callOk('notes.list', { citizenId: his.rows[0]!.id }, mads)).rows[0]?.author).toBe('Mads Lund');
  });

  it('registers exactly two magtanvendelser, one reported and one not yet, and a couple of utilsigtede hændelser', async () => {
    const { t } = await demo();
    const rows = t.backend.db.prepare('SELECT kind, reported, reported_date FROM incidents ORDER BY id').all() as Array<{ kind: string; reported: number; reported_date: string | null }>;
    const force = rows.filter((row) => row.kind === 'magtanvendelse');
    expect(force.map((row) => row.reported).sort()).toEqual([0, 1]);
    expect(rows.filter((row) => row.kind === 'utilsigtet-haendelse').length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic for a seed, and builds on New Year’s Day too (every date up to today)', async () => {
    const a = await demo({ seed: 7 });
    const b = await demo({ seed: 7 });
    expect(planRows(b.t)).toEqual(planRows(a.t));
    const c = await demo({ seed: 8 });
    expect(planRows(c.t)).not.toEqual(planRows(a.t));

    const newYear = await demo({ at: '2027-01-01T07:00:00.000Z' });
    const latest = newYear.t.backend.db.prepare('SELECT max(d) FROM (SELECT evaluation_date d FROM goal_evaluations UNION ALL SELECT note_date FROM notes UNION ALL SELECT meeting_date FROM plan_meetings)').pluck().get() as string;
    expect(latest <= '2027-01-01').toBe(true);
    expect(newYear.t.backend.db.prepare("SELECT count(*) FROM goals WHERE closed_date >= '2027-01-01'").pluck().get()).toBeGreaterThan(0);
  });

  it('for benchmarks (above 100 citizens), gives every resident two goals of about ten evaluations and twenty notes', async () => {
    const { t, result } = await demo({ residences: 12, citizens: 120 });
    const residents = t.backend.db.prepare("SELECT count(DISTINCT citizen_id) FROM citizen_stays WHERE move_out IS NULL OR move_out >= '2026-03-02'").pluck().get() as number;
    expect(result.plans).toBe(residents);
    expect(t.backend.db.prepare('SELECT count(DISTINCT citizen_id) FROM goals').pluck().get()).toBeGreaterThan(residents * 0.95);
    const perGoal = t.backend.db.prepare('SELECT avg(n) FROM (SELECT count(*) n FROM goal_evaluations GROUP BY goal_id)').pluck().get() as number;
    expect(perGoal).toBeGreaterThanOrEqual(8);
    expect(result.goals).toBeGreaterThanOrEqual(residents * 1.9);
    expect(result.notes).toBe(residents * 20);
    expect(t.backend.db.prepare('SELECT count(*) FROM notes WHERE current_version = 2').pluck().get()).toBeGreaterThan(2);
    expect(t.backend.db.prepare("SELECT count(*) FROM incidents WHERE kind = 'magtanvendelse'").pluck().get()).toBe(2);
  });
});
