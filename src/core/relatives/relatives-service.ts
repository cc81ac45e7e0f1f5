// Relatives (pårørende) and the contact log.
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createRelativesService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    list: (actor: Actor, input: ParsedInputOf<'relatives.list'>): OutputOf<'relatives.list'> => (void actor, void input, notBuilt()),
    create: (actor: Actor, input: ParsedInputOf<'relatives.create'>): OutputOf<'relatives.create'> => (void actor, void input, notBuilt()),
    update: (actor: Actor, input: ParsedInputOf<'relatives.update'>): OutputOf<'relatives.update'> => (void actor, void input, notBuilt()),
    remove: (actor: Actor, input: ParsedInputOf<'relatives.delete'>): OutputOf<'relatives.delete'> => (void actor, void input, notBuilt()),
    contactLog: (actor: Actor, input: ParsedInputOf<'relatives.contactLog'>): OutputOf<'relatives.contactLog'> => (void actor, void input, notBuilt()),
    logContact: (actor: Actor, input: ParsedInputOf<'relatives.logContact'>): OutputOf<'relatives.logContact'> => (void actor, void input, notBuilt()),
  };
}

export type RelativesService = ReturnType<typeof createRelativesService>;
