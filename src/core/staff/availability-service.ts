// Substitutes' availability and wishes per day (or kind of shift), which suggestions respect.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createAvailabilityService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'staff.availability'>): OutputOf<'staff.availability'> => todo(),
    set: (actor: Actor, input: ParsedInputOf<'staff.setAvailability'>): OutputOf<'staff.setAvailability'> => todo(),
  };
}

export type AvailabilityService = ReturnType<typeof createAvailabilityService>;
