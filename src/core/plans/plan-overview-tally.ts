// Adds up the overview's goal rows (one per goal, ends of its scales already computed in SQL) into
// the totals and the figures by residence, FFB theme and effect dimension. The movement of each
// goal is the one progression rule's (movementFromEnds).
import type { PlanOverview } from '../../contract/areas/plan-overview';
import { FFB_THEMES } from '../../contract/ffb';
import { ffbTerm } from '../../contract/ffb-lookup';
import { EFFECT_DIMENSIONS } from '../../contract/plan-terms';
import type { OverviewGoalRecord, ResidenceRecord } from './plan-overview-queries';
import { movementFromEnds } from './progression';

type Counts = Omit<PlanOverview['byTheme'][number], 'themeCode' | 'themeLabel'>;
type Tally = Omit<Counts, 'progressionShare'> & { overdueFollowUps: number };

const emptyTally = (): Tally => ({ activeGoals: 0, reachedThisYear: 0, closedThisYear: 0, evaluatedGoals: 0, withProgression: 0, withDecline: 0, overdueFollowUps: 0 });

function add(tally: Tally, goal: OverviewGoalRecord): void {
  if (goal.status === 'aktiv') tally.activeGoals += 1;
  if (goal.closed_in_year) {
    tally.closedThisYear += 1;
    if (goal.status === 'opnaaet') tally.reachedThisYear += 1;
  }
  if (goal.overdue) tally.overdueFollowUps += 1;
  if (!goal.in_year) return;
  const movement = movementFromEnds({
    firstLevel: goal.first_level,
    lastLevel: goal.last_level,
    levelCount: goal.level_count,
    firstGas: goal.first_gas,
    lastGas: goal.last_gas,
    gasCount: goal.gas_count,
  });
  if (movement === 'ukendt') return;
  tally.evaluatedGoals += 1;
  if (movement === 'frem') tally.withProgression += 1;
  if (movement === 'tilbage') tally.withDecline += 1;
}

const counts = ({ overdueFollowUps: _, ...tally }: Tally): Counts => ({
  ...tally,
  progressionShare: tally.evaluatedGoals === 0 ? null : tally.withProgression / tally.evaluatedGoals,
});
const withOverdue = (tally: Tally) => ({ ...counts(tally), overdueFollowUps: tally.overdueFollowUps });

/** A map that makes a tally for a key on first use. */
function tallies<K>() {
  const map = new Map<K, Tally>();
  return { map, of: (key: K) => map.get(key) ?? map.set(key, emptyTally()).get(key)! };
}

/**
 * `residences`: the ones the figures may show (in order); those archived are shown only when they
 * have goals. Goals without a residence (no stay at all) count in the totals only.
 */
export function tallyOverview(year: number, goals: readonly OverviewGoalRecord[], residences: readonly ResidenceRecord[]): PlanOverview {
  const total = emptyTally();
  const byResidence = tallies<number>();
  const byTheme = tallies<string>();
  const byDimension = tallies<string>();
  for (const goal of goals) {
    add(total, goal);
    if (goal.residence_id !== null) add(byResidence.of(goal.residence_id), goal);
    add(byTheme.of(goal.theme_code), goal);
    if (goal.dimension !== null) add(byDimension.of(goal.dimension), goal);
  }
  const catalogOrder = FFB_THEMES.map((theme) => theme.code);
  const themeCodes = [...catalogOrder.filter((code) => byTheme.map.has(code)), ...[...byTheme.map.keys()].filter((code) => !catalogOrder.includes(code))];
  return {
    year,
    totals: withOverdue(total),
    byResidence: residences
      .filter((residence) => !residence.archived || byResidence.map.has(residence.id))
      .map((residence) => ({ residenceId: residence.id, residenceName: residence.name, ...withOverdue(byResidence.map.get(residence.id) ?? emptyTally()) })),
    byTheme: themeCodes.map((code) => ({ themeCode: code, themeLabel: ffbTerm(code)?.label ?? code, ...counts(byTheme.map.get(code)!) })),
    byDimension: EFFECT_DIMENSIONS.map((dimension) => ({ dimension, ...counts(byDimension.map.get(dimension) ?? emptyTally()) })),
  };
}
