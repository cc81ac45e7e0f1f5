// The waiting list (venteliste) per residence.
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createWaitingListService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    list: (actor: Actor, input: ParsedInputOf<'waitingList.list'>): OutputOf<'waitingList.list'> => (void actor, void input, notBuilt()),
    add: (actor: Actor, input: ParsedInputOf<'waitingList.add'>): OutputOf<'waitingList.add'> => (void actor, void input, notBuilt()),
    setStatus: (actor: Actor, input: ParsedInputOf<'waitingList.setStatus'>): OutputOf<'waitingList.setStatus'> => (void actor, void input, notBuilt()),
  };
}

export type WaitingListService = ReturnType<typeof createWaitingListService>;
