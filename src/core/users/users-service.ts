// User accounts: created and maintained by an administrator; also turns a user into an Actor.
import type { UserRow } from '../../contract/areas/users';
import { RESIDENCE_SCOPED_ROLES, ROLE_PERMISSIONS, type Role } from '../../contract/access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import { hashPassword, OWASP_SCRYPT, type ScryptCost } from '../auth/password-hash';
import { danishSortKey } from '../text/danish-sort-key';
import { createUsersQueries, type UserRecord } from './users-queries';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  residenceIds: number[];
}

export interface UserChanges {
  id: number;
  displayName: string;
  role: Role;
  residenceIds: number[];
  active: boolean;
}

export function createUsersService(db: Db, clock: Clock, audit: AuditLog, passwordCost: ScryptCost = OWASP_SCRYPT) {
  const q = createUsersQueries(db);

  const toRow = (user: UserRecord): UserRow => ({
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    residenceIds: q.residenceIds.all(user.id),
    active: user.active === 1,
    lockedAt: user.locked_at,
    lastLoginAt: user.last_login_at,
  });

  const require = (id: number): UserRecord => {
    const user = q.byId.get(id);
    if (!user) throw notFound('Brugeren');
    return user;
  };

  function setResidences(userId: number, role: Role, residenceIds: number[]): void {
    const unique = [...new Set(residenceIds)];
    if (RESIDENCE_SCOPED_ROLES.includes(role) && unique.length === 0) {
      throw invalidField('residenceIds', 'Botilbud: en afdelingsleder eller medarbejder skal have mindst ét botilbud');
    }
    q.clearResidences.run(userId);
    for (const residenceId of unique) {
      if (!q.residenceExists.get(residenceId)) throw invalidField('residenceIds', `Botilbud: botilbud nr. ${residenceId} findes ikke`);
      q.addResidence.run(userId, residenceId);
    }
  }

  function assertAdminRemains(): void {
    if (!q.all.all().some((u) => u.role === 'administrator' && u.active === 1)) {
      throw new DomainError('CONFLICT', 'Der skal være mindst én aktiv administrator.');
    }
  }

  return {
    count: (): number => q.count.get() as number,
    findByUsername: (username: string): UserRecord | undefined => q.byUsername.get(username),
    record: require,

    actorFor(user: UserRecord): Actor {
      return {
        userId: user.id,
        username: user.username,
        role: user.role,
        permissions: new Set(ROLE_PERMISSIONS[user.role]),
        residenceIds: RESIDENCE_SCOPED_ROLES.includes(user.role) ? q.residenceIds.all(user.id) : null,
      };
    },

    list: (): UserRow[] => q.all.all().map(toRow),

    /** Creates a user; the caller owns the transaction. `by` is null only for the first administrator. */
    create(input: NewUser, by: Actor | null): UserRow {
      if (q.byUsername.get(input.username)) throw invalidField('username', `Brugernavn: "${input.username}" er allerede i brug`);
      const info = q.insert.run({
        username: input.username,
        displayName: input.displayName,
        displayNameSort: danishSortKey(input.displayName),
        role: input.role,
        passwordHash: hashPassword(input.password, passwordCost),
        now: clock.now().toISOString(),
      });
      const userId = Number(info.lastInsertRowid);
      setResidences(userId, input.role, input.residenceIds);
      audit.record(by ?? { userId, username: input.username }, { action: 'create', method: 'users.create', subject: input.username, detail: `Rolle: ${input.role}` });
      return toRow(require(userId));
    },

    update(input: UserChanges, by: Actor): UserRow {
      const user = require(input.id);
      if (user.id === by.userId && input.role !== user.role) {
        throw invalidField('role', 'Rolle: du kan ikke ændre din egen rolle');
      }
      if (user.id === by.userId && !input.active) {
        throw invalidField('active', 'Aktiv: du kan ikke deaktivere dig selv');
      }
      q.update.run({ id: input.id, displayName: input.displayName, displayNameSort: danishSortKey(input.displayName), role: input.role, active: input.active ? 1 : 0 });
      setResidences(input.id, input.role, input.residenceIds);
      assertAdminRemains();
      audit.record(by, { action: 'update', method: 'users.update', subject: user.username, detail: `Rolle: ${input.role}; aktiv: ${input.active ? 'ja' : 'nej'}` });
      return toRow(require(input.id));
    },

    unlock(id: number, by: Actor): UserRow {
      const user = require(id);
      q.unlock.run(id);
      q.clearFailures.run(id);
      audit.record(by, { action: 'update', method: 'users.unlock', subject: user.username, detail: 'Konto låst op' });
      return toRow(require(id));
    },

    setPassword(id: number, password: string, by: Actor): void {
      const user = require(id);
      q.setPassword.run(hashPassword(password, passwordCost), id);
      audit.record(by, { action: 'update', method: 'users.resetPassword', subject: user.username, detail: 'Adgangskode ændret' });
    },

    setLanguage(id: number, language: 'da' | 'en'): void {
      q.setLanguage.run(language, id);
    },

    /** Login bookkeeping, used by the auth service. */
    recordFailure(id: number): number {
      const now = clock.now();
      q.addFailure.run(id, now.toISOString());
      return q.failuresSince.get(id, new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString()) as number;
    },
    lock: (id: number) => q.lock.run(clock.now().toISOString(), id),
    recordSuccess(id: number): void {
      q.clearFailures.run(id);
      q.loggedIn.run(clock.now().toISOString(), id);
    },

  };
}

export type UsersService = ReturnType<typeof createUsersService>;
