// `npm run bench`: contract round-trip latency for residences.list and auth.me, in-process through
// dispatch and over loopback HTTP through serveHttp, on the demo institution and on a 200-residence
// municipality. Prints figures beside their targets; a MISS is reported, not fatal (exit 0).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../src/backend/create-backend';
import { serveHttp } from '../../src/backend/serve-http';
import type { MethodName } from '../../src/contract';
import { formatTable, judge, measure, type Row, type Target } from './measure';

const IN_PROCESS: Target = { stat: 'p95', below: 5 };
const OVER_HTTP: Target = { stat: 'p95', below: 20 };
const ITERATIONS = { inProcess: 1000, http: 500 };
const PASSWORD = 'benchmark-kodeord';

interface Dataset {
  label: string;
  backend: Backend;
  token: string;
}

async function dataset(label: string, residences: number | null): Promise<Dataset> {
  // The hashing cost only affects login, which is not measured; keep setup quick.
  const backend = createBackend({ passwordCost: { N: 1024, r: 8, p: 1 } });
  const setup = await backend.dispatch({ method: 'system.setup', input: { username: 'admin', displayName: 'Bench Admin', password: PASSWORD, loadDemo: residences === null } });
  if (!setup.ok) throw new Error(`setup: ${setup.error.message}`);
  if (residences !== null) {
    const admin = backend.actorByUsername('admin');
    backend.db.transaction(() => backend.system.loadDemo(admin, { residences }))();
  }
  const login = await backend.dispatch({ method: 'auth.login', input: { username: 'admin', password: PASSWORD } });
  if (!login.ok) throw new Error(`login: ${login.error.message}`);
  return { label, backend, token: (login.result as { token: string }).token };
}

function expectOk(method: string, envelope: { ok: boolean }): void {
  if (!envelope.ok) throw new Error(`${method} failed during the benchmark: ${JSON.stringify(envelope)}`);
}

async function benchDataset(data: Dataset, staticDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const methods: MethodName[] = ['residences.list', 'auth.me'];
  const count = ((await data.backend.dispatch({ method: 'residences.list', input: {}, token: data.token })) as { result: unknown[] }).result.length;
  const label = `${data.label}, ${count} botilbud`;

  for (const method of methods) {
    const measured = await measure(`${method} in-process (${label})`, async () => expectOk(method, await data.backend.dispatch({ method, input: {}, token: data.token })), { iterations: ITERATIONS.inProcess });
    rows.push(judge(measured, IN_PROCESS));
  }

  const host = await serveHttp({ backend: data.backend, staticDir, port: 0 });
  try {
    for (const method of methods) {
      const body = JSON.stringify({ method, input: {} });
      const call = async () => {
        const response = await fetch(`${host.url}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` }, body });
        expectOk(method, (await response.json()) as { ok: boolean });
      };
      rows.push(judge(await measure(`${method} over HTTP (${label})`, call, { iterations: ITERATIONS.http }), OVER_HTTP));
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
  try {
    for (const [label, residences] of [['demo', null], ['kommune', 200]] as const) {
      const data = await dataset(label, residences);
      try {
        rows.push(...(await benchDataset(data, staticDir)));
      } finally {
        data.backend.close();
      }
    }
  } finally {
    rmSync(staticDir, { recursive: true, force: true });
  }

  console.log(`Kerne benchmarks  (node ${process.version}, ${os.cpus().length} CPU, ${os.platform()})\n`);
  console.log(formatTable(rows));
  const missed = rows.filter((row) => !row.pass);
  console.log(missed.length === 0 ? '\nAll targets met.' : `\nMISS: ${missed.length} of ${rows.length} figures are above target: ${missed.map((row) => row.name).join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
