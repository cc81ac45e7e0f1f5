// Placements (bevillinger): municipality, legal basis and daily rate per period.
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createPlacementsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    list: (actor: Actor, input: ParsedInputOf<'placements.list'>): OutputOf<'placements.list'> => (void actor, void input, notBuilt()),
    create: (actor: Actor, input: ParsedInputOf<'placements.create'>): OutputOf<'placements.create'> => (void actor, void input, notBuilt()),
    update: (actor: Actor, input: ParsedInputOf<'placements.update'>): OutputOf<'placements.update'> => (void actor, void input, notBuilt()),
    remove: (actor: Actor, input: ParsedInputOf<'placements.delete'>): OutputOf<'placements.delete'> => (void actor, void input, notBuilt()),
  };
}

export type PlacementsService = ReturnType<typeof createPlacementsService>;
