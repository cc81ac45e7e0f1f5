// Puts a citizen on a residence's waiting list: from the waiting list itself and when a citizen is
// created with a waiting-list place. One active entry per citizen and residence.
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField } from '../common/domain-error';
import type { ResidenceChecks } from '../citizens/residence-checks';
import type { Db } from '../db/open-database';
import { createWaitingListQueries } from './waiting-list-queries';

export interface NewWaitingEntry {
  citizenId: number;
  residenceId: number;
  requestedDate: string;
  desiredMoveIn: string | null;
  note: string | null;
}

export function createWaitingEntryWriter(db: Db, clock: Clock, residences: ResidenceChecks) {
  const q = createWaitingListQueries(db);
  return {
    /** The residence an entry names, checked (reported on `path`, labelled `label`) before anything is written. */
    checkResidence: (actor: Actor, residenceId: number, path = 'residenceId', label = 'Botilbud') => residences.requireOpen(actor, path, label, residenceId),

    /** Checks the residence and that the citizen is not already waiting for it, then inserts; returns the new entry's id and residence name. */
    add(actor: Actor, entry: NewWaitingEntry, path = 'residenceId', label = 'Botilbud'): { id: number; residenceName: string } {
      const residence = this.checkResidence(actor, entry.residenceId, path, label);
      if (q.activeEntry.get(entry.citizenId, entry.residenceId) !== undefined) {
        throw invalidField(path, `${label}: borgeren står allerede på ventelisten til ${residence.name}`);
      }
      const id = Number(q.insert.run({ ...entry, now: clock.now().toISOString() }).lastInsertRowid);
      return { id, residenceName: residence.name };
    },
  };
}

export type WaitingEntryWriter = ReturnType<typeof createWaitingEntryWriter>;
