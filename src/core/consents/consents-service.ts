// Consent (samtykke): recorded, listed with today's state, revoked; never edited.
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createConsentsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    list: (actor: Actor, input: ParsedInputOf<'consents.list'>): OutputOf<'consents.list'> => (void actor, void input, notBuilt()),
    create: (actor: Actor, input: ParsedInputOf<'consents.create'>): OutputOf<'consents.create'> => (void actor, void input, notBuilt()),
    revoke: (actor: Actor, input: ParsedInputOf<'consents.revoke'>): OutputOf<'consents.revoke'> => (void actor, void input, notBuilt()),
  };
}

export type ConsentsService = ReturnType<typeof createConsentsService>;
