// Logging in and out: verifies passwords, locks an account after 3 failures within 24 hours,
// and audits every login and failed login (failures are committed even though the call fails).
import type { Me } from '../../contract/areas/system';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import type { UsersService } from '../users/users-service';
import { hashPassword, verifyPassword, type ScryptCost } from './password-hash';
import type { SessionStore } from './session-store';

export const MAX_FAILED_LOGINS = 3;

const WRONG_CREDENTIALS = 'Forkert brugernavn eller adgangskode.';
const LOCKED = 'Kontoen er spærret efter 3 forkerte adgangskoder inden for et døgn. Kontakt en administrator.';
const INACTIVE = 'Kontoen er deaktiveret. Kontakt en administrator.';

export function createAuthService(db: Db, users: UsersService, audit: AuditLog, sessions: SessionStore, passwordCost: ScryptCost) {
  // Verified against when the user does not exist, so that timing does not reveal valid usernames.
  let decoyHash: string | null = null;
  const decoy = () => (decoyHash ??= hashPassword('kerne-decoy-password', passwordCost));

  return {
    /** Runs its own transactions: a failed attempt must be recorded even though the call then fails. */
    login(username: string, password: string): { token: string; user: Me } {
      const user = users.findByUsername(username);
      const passwordOk = verifyPassword(password, user?.password_hash ?? decoy());

      const failure = db.transaction((): DomainError | null => {
        if (!user) {
          audit.record(null, { action: 'login_failed', method: 'auth.login', subject: username, detail: 'Ukendt brugernavn' });
          return new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
        }
        const actor = { userId: user.id, username: user.username };
        if (user.active !== 1) {
          audit.record(actor, { action: 'login_failed', method: 'auth.login', subject: username, detail: 'Deaktiveret konto' });
          return new DomainError('UNAUTHENTICATED', INACTIVE);
        }
        if (user.locked_at) {
          audit.record(actor, { action: 'login_failed', method: 'auth.login', subject: username, detail: 'Spærret konto' });
          return new DomainError('UNAUTHENTICATED', LOCKED);
        }
        if (!passwordOk) {
          const failures = users.recordFailure(user.id);
          audit.record(actor, { action: 'login_failed', method: 'auth.login', subject: username, detail: `Forkert adgangskode (${failures} inden for 24 timer)` });
          if (failures >= MAX_FAILED_LOGINS) {
            users.lock(user.id);
            audit.record(actor, { action: 'locked', method: 'auth.login', subject: username, detail: 'Spærret efter 3 fejlede logins' });
            return new DomainError('UNAUTHENTICATED', LOCKED);
          }
          return new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
        }
        users.recordSuccess(user.id);
        audit.record(actor, { action: 'login', method: 'auth.login', subject: username });
        return null;
      })();
      if (failure || !user) throw failure ?? new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);

      const token = sessions.open(user.id);
      return { token, user: this.me(users.actorFor(users.record(user.id))) };
    },

    logout(actor: Actor, token: string): void {
      sessions.close(token);
      audit.record(actor, { action: 'logout', method: 'auth.logout', subject: actor.username });
    },

    /** The actor behind a token, or UNAUTHENTICATED. A deactivated or locked user is signed out at once. */
    actorForToken(token: string | null | undefined): Actor {
      const session = sessions.touch(token);
      if (!session) throw new DomainError('UNAUTHENTICATED', 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.');
      const user = users.record(session.userId);
      if (user.active !== 1 || user.locked_at) {
        sessions.closeAllFor(user.id);
        throw new DomainError('UNAUTHENTICATED', user.locked_at ? LOCKED : INACTIVE);
      }
      return users.actorFor(user);
    },

    me(actor: Actor): Me {
      const user = users.record(actor.userId);
      return {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        residenceIds: actor.residenceIds ? [...actor.residenceIds] : null,
        permissions: [...actor.permissions],
        language: user.language,
      };
    },

    changePassword(actor: Actor, currentPassword: string, newPassword: string): void {
      const user = users.record(actor.userId);
      if (!verifyPassword(currentPassword, user.password_hash)) {
        throw new DomainError('INVALID_INPUT', 'Nuværende adgangskode er forkert.', [{ path: 'currentPassword', message: 'Nuværende adgangskode er forkert' }]);
      }
      users.setPassword(actor.userId, newPassword, actor);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
