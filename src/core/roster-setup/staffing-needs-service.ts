// The staffing need per residence, weekday and shift type, with the competences it requires.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createStaffingNeedsService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'staffingNeeds.list'>): OutputOf<'staffingNeeds.list'> => todo(),
    set: (actor: Actor, input: ParsedInputOf<'staffingNeeds.set'>): OutputOf<'staffingNeeds.set'> => todo(),
  };
}

export type StaffingNeedsService = ReturnType<typeof createStaffingNeedsService>;
