// First start and demo data: whether Kerne needs its first administrator, creating that
// administrator, and loading the demo institution into an empty database.
import { DomainError } from '../common/domain-error';
import type { Actor } from '../common/actor';
import type { Db } from '../db/open-database';
import { schemaVersion } from '../db/migrate';
import { buildDemo, type DemoOptions, type DemoResult } from '../demo/build-demo';
import type { Services } from '../services';

export const KERNE_VERSION = '0.1.0';

export function createSystemService(db: Db, services: Services) {
  function loadDemo(admin: Actor, options?: DemoOptions): DemoResult {
    if (services.residences.count() > 0) {
      throw new DomainError('CONFLICT', 'Demo-data kan kun indlæses i en tom database: der findes allerede botilbud.');
    }
    const result = buildDemo(services, admin, options);
    services.audit.record(admin, { action: 'create', method: 'system.loadDemo', subject: 'Byen i Byen (demo)', detail: `${result.residences} botilbud, ${result.users} brugere` });
    return result;
  }

  return {
    status() {
      return {
        setupNeeded: services.users.count() === 0,
        hasData: services.residences.count() > 0,
        providerName: services.settings.name(),
        version: KERNE_VERSION,
        schemaVersion: schemaVersion(db),
      };
    },

    /** Creates the first administrator; refused once any user exists. The caller owns the transaction. */
    setup(input: { username: string; displayName: string; password: string; loadDemo: boolean }): { demoLoaded: boolean } {
      if (services.users.count() > 0) throw new DomainError('CONFLICT', 'Kerne er allerede sat op. Log ind med en eksisterende bruger.');
      const created = services.users.create({ username: input.username, displayName: input.displayName, role: 'administrator', password: input.password, residenceIds: [] }, null);
      if (input.loadDemo) loadDemo(services.users.actorFor(services.users.record(created.id)));
      return { demoLoaded: input.loadDemo };
    },

    loadDemo,
  };
}

export type SystemService = ReturnType<typeof createSystemService>;
