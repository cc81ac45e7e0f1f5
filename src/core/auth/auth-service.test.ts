// Protects signing in: wrong passwords are refused in Danish, 3 failures within 24 hours lock the
// account until an administrator unlocks it, every attempt is audited, and sessions end when they should.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, TEST_PASSWORD, type TestBackend } from '../../../tests/fixtures/backend';
import { hashCost, OWASP_SCRYPT } from './password-hash';
import { SESSION_IDLE_MS } from './session-store';

const HOUR = 60 * 60 * 1000;
const WRONG = 'forkert-kodeord-1';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const login = (username: string, password: string) => t.call('auth.login', { username, password });

describe('auth.login', () => {
  it('signs in with the right password and returns a working token', async () => {
    const result = await t.callOk('auth.login', { username: 'medarbejder', password: TEST_PASSWORD });
    expect(result.user).toMatchObject({ username: 'medarbejder', role: 'medarbejder', residenceIds: [t.residences.own] });
    const me = await t.callOk('auth.me', {}, result.token);
    expect(me.username).toBe('medarbejder');
  });

  it('accepts the username in any case (usernames are stored lower-case)', async () => {
    expect((await login('MEDARBEJDER', TEST_PASSWORD)).ok).toBe(true);
  });

  it('refuses a wrong password with UNAUTHENTICATED and a Danish message', async () => {
    const error = expectCode(await login('medarbejder', WRONG), 'UNAUTHENTICATED');
    expect(error.message).toBe('Forkert brugernavn eller adgangskode.');
  });

  it('gives an unknown username the same answer as a wrong password', async () => {
    const unknown = expectCode(await login('findes.ikke', WRONG), 'UNAUTHENTICATED');
    const wrong = expectCode(await login('medarbejder', WRONG), 'UNAUTHENTICATED');
    expect(unknown.message).toBe(wrong.message);
  });

  it('locks the account after 3 failures within 24 hours; then even the right password is refused', async () => {
    expectCode(await login('medarbejder', WRONG), 'UNAUTHENTICATED');
    t.clock.advance(10 * HOUR);
    expectCode(await login('medarbejder', WRONG), 'UNAUTHENTICATED');
    t.clock.advance(10 * HOUR);
    const third = expectCode(await login('medarbejder', WRONG), 'UNAUTHENTICATED');
    expect(third.message).toMatch(/spærret/);

    const right = expectCode(await login('medarbejder', TEST_PASSWORD), 'UNAUTHENTICATED');
    expect(right.message).toMatch(/spærret/);
    expect(t.backend.services.users.record(t.users.medarbejder.id).locked_at).toBe(t.clock.now().toISOString());
  });

  it('a locked account is signed out of its open session at once', async () => {
    for (let i = 0; i < 3; i++) await login('medarbejder', WRONG);
    expectCode(await t.call('auth.me', {}, t.tokens.medarbejder), 'UNAUTHENTICATED');
  });

  it('does not count failures older than 24 hours', async () => {
    await login('medarbejder', WRONG);
    await login('medarbejder', WRONG);
    t.clock.advance(24 * HOUR + 1000);
    const third = expectCode(await login('medarbejder', WRONG), 'UNAUTHENTICATED');
    expect(third.message).toBe('Forkert brugernavn eller adgangskode.');
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(true);
  });

  it('a successful login resets the count', async () => {
    await login('medarbejder', WRONG);
    await login('medarbejder', WRONG);
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(true);
    await login('medarbejder', WRONG);
    await login('medarbejder', WRONG);
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(true);
    // ...but three in a row after the success still lock.
    for (let i = 0; i < 3; i++) await login('medarbejder', WRONG);
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(false);
  });

  it('an administrator can unlock a locked account, which can then sign in', async () => {
    for (let i = 0; i < 3; i++) await login('medarbejder', WRONG);
    const unlocked = await t.callOk('users.unlock', { id: t.users.medarbejder.id }, t.tokens.administrator);
    expect(unlocked.lockedAt).toBeNull();
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(true);
    // The old failures are gone: two new ones do not lock again.
    await login('medarbejder', WRONG);
    await login('medarbejder', WRONG);
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(true);
  });

  it('audits every login, failed login and lock, and keeps the failure rows although the call failed', async () => {
    const before = auditRows(t.backend).length;
    await login('medarbejder', TEST_PASSWORD);
    await login('findes.ikke', WRONG);
    for (let i = 0; i < 3; i++) await login('medarbejder', WRONG);
    await t.callOk('users.unlock', { id: t.users.medarbejder.id }, t.tokens.administrator);

    const rows = auditRows(t.backend).slice(before);
    expect(rows.map((row) => [row.action, row.method, row.username, row.subject])).toEqual([
      ['login', 'auth.login', 'medarbejder', 'medarbejder'],
      ['login_failed', 'auth.login', null, 'findes.ikke'],
      ['login_failed', 'auth.login', 'medarbejder', 'medarbejder'],
      ['login_failed', 'auth.login', 'medarbejder', 'medarbejder'],
      ['login_failed', 'auth.login', 'medarbejder', 'medarbejder'],
      ['locked', 'auth.login', 'medarbejder', 'medarbejder'],
      ['update', 'users.unlock', 'admin', 'medarbejder'],
    ]);
    expect(rows.every((row) => row.at === t.clock.now().toISOString())).toBe(true);
  });

  it('refuses a deactivated user, and ends the session the user already had', async () => {
    const token = t.tokens.medarbejder;
    expect((await t.call('auth.me', {}, token)).ok).toBe(true);
    await t.callOk(
      'users.update',
      { id: t.users.medarbejder.id, displayName: 'Mikkel Medarbejder', role: 'medarbejder', residenceIds: [t.residences.own], active: false },
      t.tokens.administrator,
    );
    const session = expectCode(await t.call('residences.list', {}, token), 'UNAUTHENTICATED');
    expect(session.message).toMatch(/deaktiveret/);
    const again = expectCode(await login('medarbejder', TEST_PASSWORD), 'UNAUTHENTICATED');
    expect(again.message).toMatch(/deaktiveret/);
  });
});

describe('sessions', () => {
  it('expire after the idle timeout, and each call keeps them alive', async () => {
    const token = t.tokens.medarbejder;
    t.clock.advance(SESSION_IDLE_MS - 1000);
    expect((await t.call('auth.me', {}, token)).ok).toBe(true);
    t.clock.advance(SESSION_IDLE_MS - 1000);
    expect((await t.call('auth.me', {}, token)).ok).toBe(true);
    t.clock.advance(SESSION_IDLE_MS + 1);
    expectCode(await t.call('auth.me', {}, token), 'UNAUTHENTICATED');
    // And the expired token stays dead.
    t.clock.advance(-SESSION_IDLE_MS);
    expectCode(await t.call('auth.me', {}, token), 'UNAUTHENTICATED');
  });

  it('end at logout, and the logout is audited', async () => {
    const token = t.tokens.vagtplanlaegger;
    await t.callOk('auth.logout', {}, token);
    expectCode(await t.call('auth.me', {}, token), 'UNAUTHENTICATED');
    expect(auditRows(t.backend, 'auth.logout').map((row) => [row.action, row.username])).toEqual([['logout', 'planlaegger']]);
  });

  it('a garbage or missing token is UNAUTHENTICATED', async () => {
    expectCode(await t.call('auth.me', {}, 'not-a-token'), 'UNAUTHENTICATED');
    expectCode(await t.call('auth.me', {}, null), 'UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  it('changePassword needs the current password, and the new one works', async () => {
    const wrong = expectCode(await t.call('auth.changePassword', { currentPassword: WRONG, newPassword: 'et-nyt-kodeord' }, t.tokens.medarbejder), 'INVALID_INPUT');
    expect(wrong.fields?.map((f) => f.path)).toEqual(['currentPassword']);
    await t.callOk('auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'et-nyt-kodeord' }, t.tokens.medarbejder);
    expect((await login('medarbejder', TEST_PASSWORD)).ok).toBe(false);
    expect((await login('medarbejder', 'et-nyt-kodeord')).ok).toBe(true);
  });

  it('an administrator can reset a password', async () => {
    await t.callOk('users.resetPassword', { id: t.users.medarbejder.id, password: 'nulstillet-kode' }, t.tokens.administrator);
    expect((await login('medarbejder', 'nulstillet-kode')).ok).toBe(true);
  });
});

describe('the production password cost', () => {
  it("is OWASP's scrypt cost (N=2^17, r=8, p=1) when none is given", async () => {
    const prod = await createTestBackend({ adminOnly: true, passwordCost: undefined });
    try {
      const hash = prod.backend.services.users.findByUsername('admin')!.password_hash;
      expect(hashCost(hash)).toEqual({ N: 2 ** 17, r: 8, p: 1 });
      expect(OWASP_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
      // The salt makes two hashes of one password differ; the stored hash is not the password.
      expect(hash).not.toContain(TEST_PASSWORD);
    } finally {
      prod.close();
    }
  });
});
