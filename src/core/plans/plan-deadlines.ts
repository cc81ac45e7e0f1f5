// Deadlines (frister): the first follow-up within 3 months of move-in, the yearly status
// meeting, and every active goal's follow-up date; overdue or due soon, for the citizens a user
// may see, by residence and contact person.
import type { ParsedInputOf } from '../../contract';
import type { Deadline } from '../../contract/areas/plans';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createPlanDeadlines(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void [db, clock, audit, access];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    /** plans.deadlines: logged as a search. */
    list: (actor: Actor, input: ParsedInputOf<'plans.deadlines'>): Deadline[] => todo(),
    /** One citizen's deadlines overdue or due within `withinDays` (the caller checks access and audits). */
    forCitizen: (citizenId: number, withinDays = 30): Deadline[] => todo(),
  };
}

export type PlanDeadlines = ReturnType<typeof createPlanDeadlines>;
