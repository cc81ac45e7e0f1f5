// The management information's four figures for this year on the dashboard (plans.overview).
import { PlanStatCards } from '../plan-overview/plan-stat-cards';
import { useRpcQuery } from '../../rpc/use-rpc';

export function PlanStatsRow() {
  const overview = useRpcQuery('plans.overview', { year: new Date().getFullYear(), residenceId: null });
  return <PlanStatCards totals={overview.data?.totals} />;
}
