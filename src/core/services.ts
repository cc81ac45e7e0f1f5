// Builds every core service over one database: the core's own composition, used by the backend,
// the demo builder, tests and benchmarks.
import { createAuditLog } from './audit/audit-log';
import { createAuthService } from './auth/auth-service';
import { OWASP_SCRYPT, type ScryptCost } from './auth/password-hash';
import { createSessionStore } from './auth/session-store';
import { systemClock, type Clock } from './common/clock';
import type { Db } from './db/open-database';
import { createResidencesService } from './residences/residences-service';
import { createProviderSettingsService } from './settings/provider-settings-service';
import { createUsersService } from './users/users-service';

export interface ServiceOptions {
  clock?: Clock;
  /** Password hashing cost; OWASP's by default. Only tests that create many users lower it. */
  passwordCost?: ScryptCost;
}

export function createServices(db: Db, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  const passwordCost = options.passwordCost ?? OWASP_SCRYPT;
  const audit = createAuditLog(db, clock);
  const users = createUsersService(db, clock, audit, passwordCost);
  const sessions = createSessionStore(clock);
  return {
    db,
    clock,
    audit,
    users,
    sessions,
    auth: createAuthService(db, users, audit, sessions, passwordCost),
    residences: createResidencesService(db, clock, audit),
    settings: createProviderSettingsService(db, clock, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
