// Protects the demo institution: first start can load "Byen i Byen (demo)" with its residences and
// users, the same seed always builds the same data, and demo data never lands on top of real data.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, TEST_PASSWORD, type TestBackend } from '../../../tests/fixtures/backend';
import { createBackend } from '../../backend/create-backend';
import { DEMO_PASSWORD } from './build-demo';

const open: TestBackend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});
async function backend(options: Parameters<typeof createTestBackend>[0]) {
  const t = await createTestBackend(options);
  open.push(t);
  return t;
}

/** Residence rows without the timestamps (and id order kept), for comparing two builds. */
function residenceRows(t: TestBackend) {
  return t.backend.db
    .prepare('SELECT * FROM residences ORDER BY id')
    .all()
    .map((row) => {
      const { created_at: _c, updated_at: _u, ...rest } = row as Record<string, unknown>;
      return rest;
    });
}

function loadDemo(t: TestBackend, options: { seed?: number; residences?: number }) {
  const admin = t.backend.actorByUsername('admin');
  return t.backend.db.transaction(() => t.backend.system.loadDemo(admin, options))();
}

describe('system.setup with demo data', () => {
  it('gives "Byen i Byen (demo)" with 6 residences and demo users who can sign in', async () => {
    const t = await backend({ adminOnly: true, loadDemo: true });
    const status = await t.callOk('system.status', {});
    expect(status).toMatchObject({ setupNeeded: false, hasData: true, providerName: 'Byen i Byen (demo)' });
    const residences = await t.callOk('residences.list', {}, t.tokens.administrator);
    expect(residences.map((r) => r.name)).toEqual(['Engbo', 'Kastanjehuset', 'Solsikken', 'Strandhuset', 'Ørnereden', 'Åbrinken']);

    const users = await t.callOk('users.list', {}, t.tokens.administrator);
    expect(users.map((u) => [u.username, u.role]).sort()).toEqual([
      ['admin', 'administrator'],
      ['anne.holm', 'afdelingsleder'],
      ['mads.lund', 'medarbejder'],
      ['vera.aagaard', 'vagtplanlaegger'],
    ]);
    const anne = await t.callOk('auth.login', { username: 'anne.holm', password: DEMO_PASSWORD });
    expect(anne.user.residenceIds).toHaveLength(2);
    expect((await t.callOk('residences.list', {}, anne.token)).length).toBe(2);
    expect((await t.callOk('auth.login', { username: 'mads.lund', password: DEMO_PASSWORD })).user.residenceIds).toHaveLength(1);
  });

  it('without demo data the database stays empty', async () => {
    const t = await backend({ adminOnly: true });
    expect(await t.callOk('system.status', {})).toMatchObject({ setupNeeded: false, hasData: false, providerName: null });
    expect(t.count('residences')).toBe(0);
  });

  it('a second setup is CONFLICT and creates no user', async () => {
    const t = await backend({ adminOnly: true });
    const error = expectCode(await t.call('system.setup', { username: 'overtager', displayName: 'Over Tager', password: TEST_PASSWORD }), 'CONFLICT');
    expect(error.message).toMatch(/allerede sat op/);
    expect(t.backend.services.users.findByUsername('overtager')).toBeUndefined();
  });

  it('before setup, status asks for it', async () => {
    const fresh = createBackend({ onInternalError: () => {} });
    try {
      const envelope = await fresh.dispatch({ method: 'system.status', input: {} });
      expect(envelope).toMatchObject({ ok: true, result: { setupNeeded: true, hasData: false } });
    } finally {
      fresh.close();
    }
  });
});

describe('system.loadDemo', () => {
  it('loads the demo into an empty database, audited', async () => {
    const t = await backend({ adminOnly: true });
    expect(await t.callOk('system.loadDemo', {}, t.tokens.administrator)).toEqual({ residences: 6, users: 3 });
    const row = t.backend.db.prepare("SELECT username, subject, detail FROM audit_log WHERE method = 'system.loadDemo'").get();
    expect(row).toEqual({ username: 'admin', subject: 'Byen i Byen (demo)', detail: '6 botilbud, 3 brugere' });
  });

  it('refuses a database that has residences (CONFLICT) and changes nothing', async () => {
    const t = await backend({});
    const before = { residences: t.count('residences'), users: t.count('users'), audit: t.count('audit_log') };
    const error = expectCode(await t.call('system.loadDemo', {}, t.tokens.administrator), 'CONFLICT');
    expect(error.message).toMatch(/tom database/);
    expect({ residences: t.count('residences'), users: t.count('users'), audit: t.count('audit_log') }).toEqual(before);
  });

  it('is deterministic: the same seed builds identical residences; another seed does not', async () => {
    const a = await backend({ adminOnly: true });
    const b = await backend({ adminOnly: true });
    const c = await backend({ adminOnly: true });
    b.clock.advance(3_600_000);
    loadDemo(a, { seed: 7, residences: 30 });
    loadDemo(b, { seed: 7, residences: 30 });
    loadDemo(c, { seed: 8, residences: 30 });
    expect(residenceRows(a)).toHaveLength(30);
    expect(residenceRows(b)).toEqual(residenceRows(a));
    expect(residenceRows(c)).not.toEqual(residenceRows(a));
  });

  it('sizes to a municipality for benchmarks, every name unique', async () => {
    const t = await backend({ adminOnly: true });
    expect(loadDemo(t, { residences: 200 })).toEqual({ residences: 200, users: 3 });
    expect(t.backend.db.prepare('SELECT count(DISTINCT name_sort) FROM residences').pluck().get()).toBe(200);
  });
});
