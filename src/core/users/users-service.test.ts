// Protects user administration: every role can be created, residence-bound roles need a residence,
// usernames are unique, and an administrator can neither lock themselves out nor leave Kerne without one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../contract/access';
import { auditRows, createTestBackend, expectCode, fieldPaths, TEST_PASSWORD, type TestBackend } from '../../../tests/fixtures/backend';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const newUser = (username: string, role: Role, residenceIds: number[] = []) => ({ username, displayName: `Bruger ${username}`, role, password: TEST_PASSWORD, residenceIds });

describe('users.create', () => {
  it.each(ROLES)('creates a %s who can sign in with that role', async (role) => {
    const residenceIds = role === 'afdelingsleder' || role === 'medarbejder' ? [t.residences.other] : [];
    const row = await t.callOk('users.create', newUser(`ny.${role}`, role, residenceIds), admin);
    expect(row).toMatchObject({ username: `ny.${role}`, role, residenceIds, active: true, lockedAt: null, lastLoginAt: null });
    const me = await t.callOk('auth.me', {}, await t.login(`ny.${role}`));
    expect(me.role).toBe(role);
    expect(me.residenceIds).toEqual(residenceIds.length ? residenceIds : null);
    expect(auditRows(t.backend, 'users.create').at(-1)).toMatchObject({ action: 'create', username: 'admin', subject: `ny.${role}` });
  });

  it.each(['afdelingsleder', 'medarbejder'] as const)('refuses a %s without a residence, naming residenceIds', async (role) => {
    const before = t.count('users');
    const error = expectCode(await t.call('users.create', newUser('uden.bosted', role), admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['residenceIds']);
    expect(t.count('users')).toBe(before);
  });

  it('refuses a residence that does not exist, and saves no half user', async () => {
    const before = { users: t.count('users'), links: t.count('user_residences'), audit: t.count('audit_log') };
    const error = expectCode(await t.call('users.create', newUser('forkert.bosted', 'medarbejder', [t.residences.own, 9999]), admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['residenceIds']);
    expect({ users: t.count('users'), links: t.count('user_residences'), audit: t.count('audit_log') }).toEqual(before);
  });

  it('refuses a username already in use, whatever its case', async () => {
    const error = expectCode(await t.call('users.create', newUser('MEDARBEJDER', 'vagtplanlaegger'), admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['username']);
  });

  it('refuses a short password and a username with spaces', async () => {
    const error = expectCode(await t.call('users.create', { ...newUser('med mellemrum', 'vagtplanlaegger'), password: 'kort' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error).sort()).toEqual(['password', 'username']);
  });

  it('lists users sorted by name with their residences', async () => {
    const rows = await t.callOk('users.list', {}, admin);
    expect(rows.map((row) => row.displayName)).toEqual(['Ada Administrator', 'Lis Leder', 'Mikkel Medarbejder', 'Pia Planlægger']);
    expect(rows.find((row) => row.username === 'leder')?.residenceIds).toEqual([t.residences.own]);
    expect(rows.find((row) => row.username === 'admin')?.lastLoginAt).toBe(t.clock.now().toISOString());
  });
});

describe('users.update', () => {
  const update = (id: number, changes: { displayName?: string; role?: Role; residenceIds?: number[]; active?: boolean }, token = admin) =>
    t.call('users.update', { displayName: 'Navn', role: 'medarbejder', residenceIds: [t.residences.own], active: true, ...changes, id }, token);

  it('changes name, role and residences, and the user\'s next call sees the new rights', async () => {
    const id = t.users.medarbejder.id;
    const envelope = await update(id, { displayName: 'Mikkel Leder', role: 'afdelingsleder', residenceIds: [t.residences.own, t.residences.other] });
    expect(envelope.ok).toBe(true);
    const me = await t.callOk('auth.me', {}, t.tokens.medarbejder);
    expect(me).toMatchObject({ role: 'afdelingsleder', residenceIds: [t.residences.own, t.residences.other] });
    expect((await t.callOk('residences.list', {}, t.tokens.medarbejder)).length).toBe(2);
    expect(auditRows(t.backend, 'users.update').at(-1)).toMatchObject({ username: 'admin', subject: 'medarbejder' });
  });

  it('an administrator cannot demote or deactivate themselves', async () => {
    const self = t.users.administrator.id;
    const demote = expectCode(await update(self, { role: 'vagtplanlaegger', residenceIds: [] }, admin), 'INVALID_INPUT');
    expect(fieldPaths(demote)).toEqual(['role']);
    const deactivate = expectCode(await update(self, { role: 'administrator', residenceIds: [], active: false }, admin), 'INVALID_INPUT');
    expect(fieldPaths(deactivate)).toEqual(['active']);
    expect(await t.callOk('auth.me', {}, admin)).toMatchObject({ role: 'administrator' });
    // Renaming oneself is fine.
    expect((await update(self, { displayName: 'Ada A.', role: 'administrator', residenceIds: [] }, admin)).ok).toBe(true);
  });

  it('one administrator may demote another', async () => {
    const second = await t.callOk('users.create', newUser('admin2', 'administrator'), admin);
    expect((await update(second.id, { role: 'vagtplanlaegger', residenceIds: [] })).ok).toBe(true);
  });

  it('refuses to leave Kerne without an active administrator (CONFLICT), rolled back whole', async () => {
    // Only reachable below dispatch (dispatch already stops self-demotion), so call the service as a non-admin actor.
    const users = t.backend.services.users;
    const planner = t.backend.actorByUsername('planlaegger');
    const adminId = t.users.administrator.id;
    const attempt = t.backend.db.transaction(() =>
      users.update({ id: adminId, displayName: 'Ada', role: 'medarbejder', residenceIds: [t.residences.own], active: true }, planner),
    );
    expect(attempt).toThrow(expect.objectContaining({ code: 'CONFLICT', message: 'Der skal være mindst én aktiv administrator.' }));
    expect(users.record(adminId).role).toBe('administrator');
    expect(t.backend.db.prepare('SELECT count(*) FROM user_residences WHERE user_id = ?').pluck().get(adminId)).toBe(0);
  });

  it('unknown user id is NOT_FOUND', async () => {
    expectCode(await update(9999, {}), 'NOT_FOUND');
    expectCode(await t.call('users.unlock', { id: 9999 }, admin), 'NOT_FOUND');
  });
});
