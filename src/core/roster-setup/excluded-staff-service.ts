// Staff a citizen must not have. Citizen data (audited with the citizen); the rule checker reads it
// without naming the citizen, so a planner learns only that the residence has such a citizen.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import type { CitizenAccess } from '../citizens/citizen-access';

export function createExcludedStaffService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void [db, clock, audit, access];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'citizens.excludedStaff'>): OutputOf<'citizens.excludedStaff'> => todo(),
    add: (actor: Actor, input: ParsedInputOf<'citizens.excludeStaff'>): OutputOf<'citizens.excludeStaff'> => todo(),
    remove: (actor: Actor, input: ParsedInputOf<'citizens.removeExcludedStaff'>): OutputOf<'citizens.removeExcludedStaff'> => todo(),
  };
}

export type ExcludedStaffService = ReturnType<typeof createExcludedStaffService>;
