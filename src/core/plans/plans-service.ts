// The pædagogisk plan of one citizen: read whole (handleplan purpose, goals with actions,
// evaluations and progression, meetings, deadlines), the handleplan purpose edited, meetings added.
import type { ParsedInputOf } from '../../contract';
import type { Handleplan, Plan, PlanMeeting } from '../../contract/areas/plans';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import type { PlanDeadlines } from './plan-deadlines';

export function createPlansService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess, deadlines: PlanDeadlines) {
  void [db, clock, audit, access, deadlines];
  return {
    get(actor: Actor, input: ParsedInputOf<'plans.get'>): Plan {
      void [actor, input];
      throw new Error('not implemented');
    },
    updateHandleplan(actor: Actor, input: ParsedInputOf<'plans.updateHandleplan'>): Handleplan {
      void [actor, input];
      throw new Error('not implemented');
    },
    addMeeting(actor: Actor, input: ParsedInputOf<'plans.addMeeting'>): PlanMeeting {
      void [actor, input];
      throw new Error('not implemented');
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
