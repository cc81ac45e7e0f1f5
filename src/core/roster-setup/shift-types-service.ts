// Shift types per residence (dag, aften, nat; awake or sleeping night) with local times; an end at
// or before the start ends the next day.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createShiftTypesService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'shiftTypes.list'>): OutputOf<'shiftTypes.list'> => todo(),
    create: (actor: Actor, input: ParsedInputOf<'shiftTypes.create'>): OutputOf<'shiftTypes.create'> => todo(),
    update: (actor: Actor, input: ParsedInputOf<'shiftTypes.update'>): OutputOf<'shiftTypes.update'> => todo(),
  };
}

export type ShiftTypesService = ReturnType<typeof createShiftTypesService>;
