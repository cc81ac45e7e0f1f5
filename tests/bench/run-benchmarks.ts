// `npm run bench`: contract round-trip latency for residences.list, auth.me, the citizen list
// (first page, name search, residence and municipality filters) and the plans (one citizen's plan,
// the management overview, deadlines for all and for one residence, a citizen's first page of
// notes), in-process through dispatch and over loopback HTTP through serveHttp, on the demo
// institution and on a municipality of 200 residences and 3,000 citizens (every resident with a
// plan: about 2 goals of about 10 evaluations each, and 20 notes), whose first 20 residences are a
// large institution's roster (8 weeks, 100 substitutes): the roster grid for 1 and 4 weeks, a
// suggestion for an open shift, the pool of open shifts. Prints figures beside their targets and
// how long the municipality took to build; a MISS is reported, not fatal. Reports (statusrapport,
// municipality and region report, the PDF engine alone) with peak memory: tests/bench/report-benchmarks.ts.
// `npm run bench -- --reports` runs only the reports on the municipality.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { createBackend, type Backend } from '../../src/backend/create-backend';
import { serveHttp } from '../../src/backend/serve-http';
import type { MethodName } from '../../src/contract';
import { danishDate } from '../../src/core/common/danish-time';
import { formatTable, judge, measure, type Row, type Target } from './measure';
import { engineBenchmark, reportBenchmarks, type MemoryFigure } from './report-benchmarks';

const IN_PROCESS: Target = { stat: 'p95', below: 5 };
const OVER_HTTP: Target = { stat: 'p95', below: 20 };
/** The citizen list pages, searches and filters thousands of rows in SQL (and logs each search). */
const CITIZENS_IN_PROCESS: Target = { stat: 'p95', below: 20 };
const CITIZENS_OVER_HTTP: Target = { stat: 'p95', below: 50 };
/** One citizen's plan or notes page: a handful of goals, evaluations and notes by index. */
const PLAN_IN_PROCESS: Target = { stat: 'p95', below: 20 };
const PLAN_OVER_HTTP: Target = { stat: 'p95', below: 50 };
/** Management information: every goal of the year, counted by residence, theme and effect dimension. */
const OVERVIEW_IN_PROCESS: Target = { stat: 'p95', below: 200 };
const OVERVIEW_OVER_HTTP: Target = { stat: 'p95', below: 300 };
/** Deadlines: every current resident's first follow-up, status meeting and goal follow-ups. */
const DEADLINES_IN_PROCESS: Target = { stat: 'p95', below: 100 };
const DEADLINES_OVER_HTTP: Target = { stat: 'p95', below: 150 };
/** The roster grid of one residence: its shifts, absence, coverage and continuity for the weeks. */
const GRID_WEEK_IN_PROCESS: Target = { stat: 'p95', below: 25 };
const GRID_WEEK_OVER_HTTP: Target = { stat: 'p95', below: 50 };
const GRID_IN_PROCESS: Target = { stat: 'p95', below: 50 };
const GRID_OVER_HTTP: Target = { stat: 'p95', below: 100 };
/** Every active staff member checked against the working-time rules for one open shift, ranked. */
const SUGGEST_IN_PROCESS: Target = { stat: 'p95', below: 100 };
const SUGGEST_OVER_HTTP: Target = { stat: 'p95', below: 150 };
/** The substitute pool's overview: open shifts across all residences for 4 weeks. */
const OPEN_SHIFTS_IN_PROCESS: Target = { stat: 'p95', below: 50 };
const OPEN_SHIFTS_OVER_HTTP: Target = { stat: 'p95', below: 100 };
/** The municipality; its first 20 residences get a large institution's roster ('bulk'). */
const MUNICIPALITY = { residences: 200, citizens: 3000, roster: 'bulk' as const };
const ITERATIONS = { inProcess: 1000, http: 500 };
/** For the calls that take tens of milliseconds, so the run stays within minutes. */
const FEW_ITERATIONS = { inProcess: 200, http: 100 };
const PASSWORD = 'benchmark-kodeord';

interface Dataset {
  label: string;
  backend: Backend;
  token: string;
  /** Milliseconds to build the dataset (setup and demo). */
  buildMs: number;
}

interface Case {
  label: string;
  method: MethodName;
  input: unknown;
  inProcess: Target;
  overHttp: Target;
  iterations?: { inProcess: number; http: number };
}

async function dataset(label: string, size: typeof MUNICIPALITY | null): Promise<Dataset> {
  // The hashing cost only affects login, which is not measured; keep setup quick.
  const started = performance.now();
  const backend = createBackend({ passwordCost: { N: 1024, r: 8, p: 1 } });
  const setup = await backend.dispatch({ method: 'system.setup', input: { username: 'admin', displayName: 'Bench Admin', password: PASSWORD, loadDemo: size === null } });
  if (!setup.ok) throw new Error(`setup: ${setup.error.message}`);
  if (size !== null) {
    const admin = backend.actorByUsername('admin');
    backend.db.transaction(() => backend.system.loadDemo(admin, size))();
  }
  const login = await backend.dispatch({ method: 'auth.login', input: { username: 'admin', password: PASSWORD } });
  if (!login.ok) throw new Error(`login: ${login.error.message}`);
  return { label, backend, token: (login.result as { token: string }).token, buildMs: performance.now() - started };
}

function expectOk(method: string, envelope: { ok: boolean }): void {
  if (!envelope.ok) throw new Error(`${method} failed during the benchmark: ${JSON.stringify(envelope)}`);
}

async function call(data: Dataset, method: MethodName, input: unknown): Promise<unknown> {
  const envelope = await data.backend.dispatch({ method, input, token: data.token });
  expectOk(method, envelope);
  return (envelope as { result: unknown }).result;
}

/** What to measure on a dataset: the basics everywhere, the citizen list on the municipality. */
async function casesFor(data: Dataset, withCitizens: boolean): Promise<Case[]> {
  const basics: Case[] = (['residences.list', 'auth.me'] as const).map((method) => ({ label: method, method, input: {}, inProcess: IN_PROCESS, overHttp: OVER_HTTP }));
  if (!withCitizens) return basics;
  const residences = (await call(data, 'residences.list', {})) as Array<{ id: number; name: string }>;
  const residence = residences[Math.floor(residences.length / 2)]!;
  const citizen = (label: string, input: unknown): Case => ({ label: `citizens.list ${label}`, method: 'citizens.list', input, inProcess: CITIZENS_IN_PROCESS, overHttp: CITIZENS_OVER_HTTP });
  return [
    ...basics,
    citizen('first page by name', {}),
    citizen('search "hol"', { search: 'hol' }),
    citizen(`residence ${residence.name}`, { residenceId: residence.id }),
    citizen('municipality Aarhus', { municipalityCode: '0751' }),
    ...(await planCases(data, residence)),
    ...(await rosterCases(data)),
  ];
}

/** The roster of the large institution: a rostered residence's grid, a suggestion for one of its coming open shifts, the pool. */
async function rosterCases(data: Dataset): Promise<Case[]> {
  const today = danishDate(data.backend.services.clock.now());
  const monday = dayjs(today).subtract((dayjs(today).day() + 6) % 7, 'day');
  const pool = { residenceId: null, from: monday.format('YYYY-MM-DD'), to: monday.add(27, 'day').format('YYYY-MM-DD') };
  const open = (await call(data, 'roster.openShifts', pool)) as Array<{ id: number; residenceId: number; residenceName: string; date: string }>;
  const shift = open.find((row) => row.date >= today);
  if (!shift) throw new Error('no open shift in the coming weeks: is the demo roster built?');
  const residences = new Set(open.map((row) => row.residenceId)).size;
  const grid = (weeks: 1 | 4) => ({ residenceId: shift.residenceId, from: monday.subtract(weeks === 4 ? 2 : 0, 'week').format('YYYY-MM-DD'), weeks });
  const gridShifts = ((await call(data, 'roster.grid', grid(4))) as { shifts: unknown[] }).shifts.length;
  return [
    { label: `roster.grid 1 uge ${shift.residenceName}`, method: 'roster.grid', input: grid(1), inProcess: GRID_WEEK_IN_PROCESS, overHttp: GRID_WEEK_OVER_HTTP, iterations: FEW_ITERATIONS },
    { label: `roster.grid 4 uger ${shift.residenceName} (${gridShifts} vagter)`, method: 'roster.grid', input: grid(4), inProcess: GRID_IN_PROCESS, overHttp: GRID_OVER_HTTP, iterations: FEW_ITERATIONS },
    { label: `roster.suggest ledig vagt ${shift.date}`, method: 'roster.suggest', input: { shiftId: shift.id }, inProcess: SUGGEST_IN_PROCESS, overHttp: SUGGEST_OVER_HTTP, iterations: FEW_ITERATIONS },
    { label: `roster.openShifts alle, 4 uger (${open.length} i ${residences} botilbud)`, method: 'roster.openShifts', input: pool, inProcess: OPEN_SHIFTS_IN_PROCESS, overHttp: OPEN_SHIFTS_OVER_HTTP, iterations: FEW_ITERATIONS },
  ];
}

/** The plans on the municipality: a resident of the middle residence with goals, the overview, the deadlines, the notes. */
async function planCases(data: Dataset, residence: { id: number; name: string }): Promise<Case[]> {
  const residents = (await call(data, 'citizens.list', { residenceId: residence.id, status: 'current', pageSize: 50 })) as { rows: Array<{ id: number; name: string }> };
  let citizen: { id: number; goals: number } | null = null;
  for (const row of residents.rows) {
    const plan = (await call(data, 'plans.get', { citizenId: row.id })) as { goals: Array<{ evaluations: unknown[] }> };
    if (plan.goals.length >= 2) {
      citizen = { id: row.id, goals: plan.goals.length };
      break;
    }
  }
  if (citizen === null) throw new Error(`no resident of ${residence.name} has a plan with goals: is the demo's plan data built?`);
  const notes = (await call(data, 'notes.list', { citizenId: citizen.id })) as { total: number };
  return [
    { label: `plans.get (${citizen.goals} mål)`, method: 'plans.get', input: { citizenId: citizen.id }, inProcess: PLAN_IN_PROCESS, overHttp: PLAN_OVER_HTTP },
    { label: 'plans.overview admin, this year', method: 'plans.overview', input: {}, inProcess: OVERVIEW_IN_PROCESS, overHttp: OVERVIEW_OVER_HTTP, iterations: FEW_ITERATIONS },
    { label: 'plans.deadlines admin, all', method: 'plans.deadlines', input: {}, inProcess: DEADLINES_IN_PROCESS, overHttp: DEADLINES_OVER_HTTP, iterations: FEW_ITERATIONS },
    { label: `plans.deadlines ${residence.name}`, method: 'plans.deadlines', input: { residenceId: residence.id }, inProcess: DEADLINES_IN_PROCESS, overHttp: DEADLINES_OVER_HTTP },
    { label: `notes.list first page (${notes.total} notater)`, method: 'notes.list', input: { citizenId: citizen.id }, inProcess: PLAN_IN_PROCESS, overHttp: PLAN_OVER_HTTP },
  ];
}

async function benchDataset(data: Dataset, staticDir: string, withCitizens: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const residences = ((await call(data, 'residences.list', {})) as unknown[]).length;
  const citizens = withCitizens ? ((await call(data, 'citizens.list', { pageSize: 1 })) as { total: number }).total : 0;
  const label = `${data.label}, ${residences} botilbud${withCitizens ? `, ${citizens} borgere` : ''}`;
  const cases = await casesFor(data, withCitizens);

  for (const item of cases) {
    const measured = await measure(`${item.label} in-process (${label})`, async () => expectOk(item.method, await data.backend.dispatch({ method: item.method, input: item.input, token: data.token })), {
      iterations: (item.iterations ?? ITERATIONS).inProcess,
    });
    rows.push(judge(measured, item.inProcess));
  }

  const host = await serveHttp({ backend: data.backend, staticDir, port: 0 });
  try {
    for (const item of cases) {
      const body = JSON.stringify({ method: item.method, input: item.input });
      const request = async () => {
        const response = await fetch(`${host.url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` }, body });
        expectOk(item.method, (await response.json()) as { ok: boolean });
      };
      rows.push(judge(await measure(`${item.label} over HTTP (${label})`, request, { iterations: (item.iterations ?? ITERATIONS).http }), item.overHttp));
    }
  } finally {
    await host.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'kerne-bench-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kerne</title>');
  const rows: Row[] = [];
  const memory: MemoryFigure[] = [];
  const failures: string[] = [];
  const builds: string[] = [];
  const reportsOnly = process.argv.includes('--reports');
  try {
    const engine = await engineBenchmark();
    rows.push(...engine.rows);
    memory.push(...engine.memory);
    for (const [label, size] of (reportsOnly ? [['kommune', MUNICIPALITY]] : [['demo', null], ['kommune', MUNICIPALITY]]) as ReadonlyArray<readonly [string, typeof MUNICIPALITY | null]>) {
      const data = await dataset(label, size);
      builds.push(`${label}: ${(data.buildMs / 1000).toFixed(1)} s`);
      try {
        if (!reportsOnly) rows.push(...(await benchDataset(data, staticDir, size !== null)));
        if (size !== null) {
          const reports = await reportBenchmarks(data.backend, data.token, label);
          rows.push(...reports.rows);
          memory.push(...reports.memory);
          failures.push(...reports.failures);
        }
      } finally {
        data.backend.close();
      }
    }
  } finally {
    rmSync(staticDir, { recursive: true, force: true });
  }

  console.log(`Kerne benchmarks  (node ${process.version}, ${os.cpus().length} CPU, ${os.platform()})\n`);
  console.log(formatTable(rows));
  console.log('\nPeak memory while reports render:');
  for (const figure of memory) console.log(`  ${figure.name}: ${figure.peakMb} MB (bound < ${figure.boundMb} MB) ${figure.pass ? 'PASS' : 'MISS'}`);
  for (const failure of failures) console.log(`FAILED ${failure}`);
  console.log(`\nDatasets built through the services in ${builds.join('; ')}.`);
  const missed = [...rows, ...memory].filter((row) => !row.pass);
  if (failures.length > 0) process.exitCode = 1;
  console.log(missed.length === 0 && failures.length === 0 ? '\nAll targets met.' : `\nMISS: ${missed.length} of ${rows.length + memory.length} figures are above target: ${missed.map((row) => row.name).join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
