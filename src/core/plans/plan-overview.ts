// Management information (ledelsesinformation) on goals: counts and progression for a year by
// residence, FFB theme and effect dimension. Numbers only; no citizen is named.
import type { ParsedInputOf } from '../../contract';
import type { PlanOverview } from '../../contract/areas/plan-overview';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { danishDate } from '../common/danish-time';
import type { Db } from '../db/open-database';
import { createPlanOverviewQueries } from './plan-overview-queries';
import { tallyOverview } from './plan-overview-tally';

export function createPlanOverview(db: Db, clock: Clock, audit: AuditLog) {
  const q = createPlanOverviewQueries(db);

  return {
    overview(actor: Actor, input: ParsedInputOf<'plans.overview'>): PlanOverview {
      if (input.residenceId !== null) assertResidenceAccess(actor, input.residenceId);
      const today = danishDate(clock.now());
      const year = input.year ?? Number(today.slice(0, 4));
      const goals = q.goals.all({
        today,
        yearStart: `${year}-01-01`,
        yearEnd: `${year}-12-31`,
        scopeUserId: actor.residenceIds === null ? null : actor.userId,
        residenceId: input.residenceId,
      });
      const residences = q.residences
        .all()
        .filter((residence) => canSeeResidence(actor, residence.id) && (input.residenceId === null || residence.id === input.residenceId));
      const overview = tallyOverview(year, goals, residences);
      const residenceName = input.residenceId === null ? null : residences[0]?.name;
      audit.record(actor, {
        action: 'read',
        method: 'plans.overview',
        subject: 'Ledelsesinformation',
        detail: residenceName ? `${year}, botilbud ${residenceName}` : String(year),
      });
      return overview;
    },
  };
}

export type PlanOverviewService = ReturnType<typeof createPlanOverview>;
