// Protects the administration command line as an IT administrator scripts it: `methods` describes the
// whole contract, `call` runs as a named user with audit, `backup` and `demo` work, and mistakes get
// a usage line and exit code 2, never a stack trace. (Each spawn costs ~1-2 s, so they run in parallel.)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../contract';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { openDatabase } from '../../core/db/open-database';
import { createBackend, DATABASE_FILE_NAME } from '../create-backend';
import { TEST_PASSWORD, TEST_PASSWORD_COST, tempDir } from '../../../tests/fixtures/backend';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
let dataDir: string;
let cleanup: () => void;

function kerne(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/backend/cli/kerne.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, KERNE_DATA_DIR: dataDir, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const PROVIDER = { name: 'Sat fra kommandolinjen', cvr: '87654321' };
let methods: Run, callOk: Run, badJson: Run, unknownCommand: Run, backup: Run, demo: Run;
let backupFile: string;

beforeAll(async () => {
  ({ dir: dataDir, cleanup } = tempDir('kerne-cli-'));
  backupFile = path.join(dataDir, 'kopi.sqlite');
  // The first administrator is made in-process (the CLI's `call` needs an existing --user).
  const backend = createBackend({ dataDir, passwordCost: TEST_PASSWORD_COST });
  const setup = await backend.dispatch({ method: 'system.setup', input: { username: 'admin', displayName: 'Ada Admin', password: TEST_PASSWORD } });
  backend.close();
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));

  [methods, callOk, badJson, unknownCommand] = await Promise.all([
    kerne('methods'),
    kerne('call', 'settings.updateProvider', JSON.stringify(PROVIDER), '--user', 'admin'),
    kerne('call', 'residences.list', '{ikke json', '--user', 'admin'),
    kerne('frobnicate'),
  ]);
  // After the provider was set, so the copy must contain it; before the demo, which renames the provider.
  backup = await kerne('backup', backupFile);
  demo = await kerne('demo', '--user', 'admin');
}, 60_000);
afterAll(() => cleanup());

const noStack = (run: Run) => expect(run.stderr + run.stdout).not.toContain('    at ');

describe('kerne methods', () => {
  it('prints every contract method with its access and a JSON Schema of its input', () => {
    expect(methods.code).toBe(0);
    const listed = JSON.parse(methods.stdout) as Array<{ method: string; access: string; kind: string; input: { type?: string } }>;
    expect(listed.map((m) => m.method).sort()).toEqual(Object.keys(contract).sort());
    for (const entry of listed) {
      expect(entry.access, entry.method).toBe(contract[entry.method as keyof typeof contract].access);
      expect(entry.input.type, entry.method).toBe('object');
    }
  });
});

describe('kerne call', () => {
  it('prints an ok envelope and is audited as the named user', () => {
    expect(callOk.stderr).toBe('');
    expect(callOk.code).toBe(0);
    expect(JSON.parse(callOk.stdout)).toMatchObject({ ok: true, result: { name: PROVIDER.name, cvr: PROVIDER.cvr } });
    const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      const row = db.prepare("SELECT username, user_id, action, subject FROM audit_log WHERE method = 'settings.updateProvider'").get();
      expect(row).toEqual({ username: 'admin', user_id: 1, action: 'update', subject: PROVIDER.name });
    } finally {
      db.close();
    }
  });

  it('bad JSON input: one line, the usage, exit 2, no stack trace', () => {
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/^kerne: Input er ikke gyldig JSON: \{ikke json\n/);
    expect(badJson.stderr).toContain('Brug: npm run kerne --');
    expect(badJson.stdout).toBe('');
    noStack(badJson);
  });

});

describe('kerne <unknown>', () => {
  it('prints the usage and exits 2', () => {
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toMatch(/^kerne: Ukendt kommando "frobnicate"\./);
    expect(unknownCommand.stderr).toContain('Kommandoer:');
    noStack(unknownCommand);
  });
});

describe('kerne backup', () => {
  it('writes a valid SQLite copy with the schema and data', () => {
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(backupFile);
    const copy = openDatabase(backupFile, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(copy.prepare('SELECT username FROM users').pluck().all()).toContain('admin');
      expect(copy.prepare('SELECT name FROM provider_settings').pluck().get()).toBe(PROVIDER.name);
    } finally {
      copy.close();
    }
  });
});

describe('kerne demo', () => {
  it('loads the demo institution as the named administrator', () => {
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('6 botilbud, 3 brugere');
    const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM residences').pluck().get()).toBe(6);
      expect(db.prepare("SELECT username FROM audit_log WHERE method = 'system.loadDemo'").pluck().all()).toEqual(['admin']);
    } finally {
      db.close();
    }
  });
});
