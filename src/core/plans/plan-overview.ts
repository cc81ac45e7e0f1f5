// Management information (ledelsesinformation) on goals: counts and progression for a year by
// residence, FFB theme and effect dimension. Numbers only; no citizen is named.
import type { ParsedInputOf } from '../../contract';
import type { PlanOverview } from '../../contract/areas/plan-overview';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createPlanOverview(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  return {
    overview(actor: Actor, input: ParsedInputOf<'plans.overview'>): PlanOverview {
      void [actor, input];
      throw new Error('not implemented');
    },
  };
}

export type PlanOverviewService = ReturnType<typeof createPlanOverview>;
