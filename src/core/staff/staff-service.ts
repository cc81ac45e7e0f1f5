// Staff (medarbejdere): the minimum citizens need (contact persons).
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createStaffService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    list: (actor: Actor, input: ParsedInputOf<'staff.list'>): OutputOf<'staff.list'> => (void actor, void input, notBuilt()),
    create: (actor: Actor, input: ParsedInputOf<'staff.create'>): OutputOf<'staff.create'> => (void actor, void input, notBuilt()),
    update: (actor: Actor, input: ParsedInputOf<'staff.update'>): OutputOf<'staff.update'> => (void actor, void input, notBuilt()),
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
