// Protects the demo institution: first start can load "Byen i Byen (demo)" with its residences,
// users, staff and citizens (most places filled, one residence full, some moved out, a waiting
// list), quickly; the same seed always builds the same data; demo data never lands on real data.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, TEST_PASSWORD, type TestBackend } from '../../../tests/fixtures/backend';
import { createBackend } from '../../backend/create-backend';
import { parseCpr } from '../../contract/cpr';
import { DEMO_PASSWORD, type DemoOptions } from './build-demo';

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

/** Citizens, stays, staff and waiting list without timestamps, for comparing two builds. */
function peopleRows(t: TestBackend) {
  const strip = (row: unknown) => {
    const { created_at: _c, updated_at: _u, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  return ['citizens', 'citizen_stays', 'staff', 'waiting_list'].map((table) => t.backend.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all().map(strip));
}

/** The largest number of citizens living at one residence on one day, per residence, against its places. */
function peakOccupancy(t: TestBackend) {
  return t.backend.db
    .prepare(
      `SELECT r.name, r.places,
         (SELECT max((SELECT count(*) FROM citizen_stays o WHERE o.residence_id = r.id AND o.move_in <= s.move_in AND (o.move_out IS NULL OR o.move_out >= s.move_in)))
          FROM citizen_stays s WHERE s.residence_id = r.id) AS peak
       FROM residences r ORDER BY r.id`,
    )
    .all() as Array<{ name: string; places: number; peak: number | null }>;
}

function loadDemo(t: TestBackend, options: DemoOptions) {
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

  it('has about 65 staff (25 in the substitute pool) and 44 citizens: places mostly filled, Kastanjehuset full, some moved out, a short waiting list', async () => {
    const started = performance.now();
    const t = await backend({ adminOnly: true, loadDemo: true });
    // The 8-week roster (about 1,400 shifts, each checked against the working-time rules) is most of it.
    expect(performance.now() - started).toBeLessThan(10_000);
    const admin = t.tokens.administrator;

    const staff = await t.callOk('staff.list', {}, admin);
    expect(staff.length).toBeGreaterThanOrEqual(55);
    expect(staff.length).toBeLessThanOrEqual(75);
    const substitutes = staff.filter((member) => member.employment === 'vikar');
    expect(substitutes.length).toBeGreaterThanOrEqual(22);
    expect(substitutes.length).toBeLessThan(staff.length / 2);
    expect(substitutes.every((member) => member.homeResidenceId === null)).toBe(true);
    expect(new Set(staff.filter((m) => m.employment === 'fast').map((m) => m.homeResidenceName)).size).toBe(6);
    expect(staff.some((member) => /[æøå]/i.test(member.name))).toBe(true);

    const all = await t.callOk('citizens.list', { pageSize: 500 }, admin);
    expect(all.total).toBe(44);
    const byStatus = (status: string) => all.rows.filter((row) => row.status === status).length;
    expect(byStatus('current')).toBeGreaterThanOrEqual(36);
    expect(byStatus('moved_out')).toBeGreaterThanOrEqual(2);
    expect(byStatus('waiting')).toBeGreaterThanOrEqual(1);
    expect(all.rows.some((row) => /[æøå]/i.test(row.name))).toBe(true);
    expect(all.rows.filter((row) => row.status === 'current').every((row) => row.contactStaffName !== null && row.room !== null)).toBe(true);

    const occupancy = await t.callOk('residences.occupancy', { from: '2026-01-01', to: '2026-12-31' }, admin);
    expect(occupancy.filter((row) => row.freeToday === 0).map((row) => row.residenceName)).toEqual(['Kastanjehuset']);
    expect(occupancy.reduce((sum, row) => sum + row.freeToday, 0)).toBeGreaterThanOrEqual(4);
    const waiting = await t.callOk('waitingList.list', {}, admin);
    expect(waiting.length).toBeGreaterThanOrEqual(4);
    expect(waiting.length).toBeLessThanOrEqual(7);
    expect(waiting.filter((entry) => entry.residenceName === 'Kastanjehuset').length).toBeGreaterThanOrEqual(2);
    for (const row of peakOccupancy(t)) expect(row.peak ?? 0, row.name).toBeLessThanOrEqual(row.places);

    // Anne Holm leads Solsikken and Åbrinken and sees their citizens only.
    const anne = (await t.callOk('auth.login', { username: 'anne.holm', password: DEMO_PASSWORD })).token;
    const hers = await t.callOk('citizens.list', { pageSize: 500 }, anne);
    expect(hers.total).toBeGreaterThan(5);
    expect(hers.total).toBeLessThan(all.total);
  });

  it('gives every citizen a valid, unique CPR number born 1950–2004, the century right for the 7th digit', async () => {
    const t = await backend({ adminOnly: true });
    loadDemo(t, { seed: 3, residences: 30, citizens: 400, plans: 'none' });
    const rows = t.backend.db.prepare('SELECT cpr, birth_date FROM citizens').all() as Array<{ cpr: string; birth_date: string }>;
    expect(rows).toHaveLength(400);
    expect(new Set(rows.map((row) => row.cpr)).size).toBe(400);
    for (const row of rows) {
      expect(parseCpr(row.cpr)?.birthDate, row.cpr).toBe(row.birth_date);
      expect(row.birth_date >= '1950-01-01' && row.birth_date <= '2004-12-31', row.birth_date).toBe(true);
    }
    expect(rows.some((row) => row.birth_date >= '2000-01-01')).toBe(true);
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

  it('is deterministic: the same seed builds identical residences, staff and citizens; another seed does not', async () => {
    const a = await backend({ adminOnly: true });
    const b = await backend({ adminOnly: true });
    const c = await backend({ adminOnly: true });
    b.clock.advance(3_600_000);
    // Plans are compared in demo-plans.test.ts; here the residences and people only.
    loadDemo(a, { seed: 7, residences: 30, plans: 'none' });
    loadDemo(b, { seed: 7, residences: 30, plans: 'none' });
    loadDemo(c, { seed: 8, residences: 30, plans: 'none' });
    expect(residenceRows(a)).toHaveLength(30);
    expect(residenceRows(b)).toEqual(residenceRows(a));
    expect(residenceRows(c)).not.toEqual(residenceRows(a));
    expect(peopleRows(b)).toEqual(peopleRows(a));
    expect(peopleRows(c)).not.toEqual(peopleRows(a));
  });

  it('sizes to a municipality for benchmarks, every name unique, places enough for the citizens', async () => {
    const t = await backend({ adminOnly: true });
    // The benchmark loads 3,000 citizens; 1,000 prove the sizing here at a third of the time.
    expect(loadDemo(t, { residences: 200, citizens: 1000, plans: 'none' })).toMatchObject({ residences: 200, users: 3, citizens: 1000 });
    expect(t.backend.db.prepare('SELECT count(DISTINCT name_sort) FROM residences').pluck().get()).toBe(200);
    const peaks = peakOccupancy(t);
    for (const row of peaks) expect(row.peak ?? 0, row.name).toBeLessThanOrEqual(row.places);
    expect(peaks.filter((row) => row.peak === row.places).length).toBeLessThan(20);
  });
});
