// The residence a new stay or waiting-list entry names: it must exist, be one of a scoped user's
// own, and not be archived. Shared by stays, citizen creation and the waiting list.
import { assertResidenceAccess, type Actor } from '../common/actor';
import { invalidField } from '../common/domain-error';
import type { Db } from '../db/open-database';
import type { ResidenceRef } from './citizens-queries';

export function createResidenceChecks(db: Db) {
  const byId = db.prepare<[number], ResidenceRef>('SELECT id, name, places, archived_at FROM residences WHERE id = ?');
  return {
    byId: (id: number): ResidenceRef | undefined => byId.get(id),

    /** INVALID_INPUT on `path` for an unknown or archived residence, FORBIDDEN for one outside a scoped user's. */
    requireOpen(actor: Actor, path: string, label: string, id: number): ResidenceRef {
      const residence = byId.get(id);
      if (!residence) throw invalidField(path, `${label}: vælg et botilbud fra listen`);
      assertResidenceAccess(actor, id);
      if (residence.archived_at) throw invalidField(path, `${label}: ${residence.name} er arkiveret og tager ikke imod borgere`);
      return residence;
    },
  };
}

export type ResidenceChecks = ReturnType<typeof createResidenceChecks>;
