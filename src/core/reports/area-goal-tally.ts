// The goals of the area report: each citizen's goals in the period with their status at the
// period's end and their movement (the one progression rule), counted per FFB theme and per
// effect dimension (the provider's mapping) across all citizens.
import type { EffectMappingRow } from '../../contract/areas/plan-overview';
import { EFFECT_DIMENSION_LABELS, EFFECT_DIMENSIONS, GOAL_STATUS_LABELS, MOVEMENT_LABELS } from '../../contract/plan-terms';
import { progressionOf } from '../plans/progression';
import type { EvaluationRecord, GoalRecord } from './area-queries';
import type { AreaGoal, GoalCounts, MovementCounts, MovementRow } from './models/area-report-model';

const emptyMovements = (): MovementCounts => ({ frem: 0, uaendret: 0, tilbage: 0, ukendt: 0 });

export function createGoalTally(mapping: readonly EffectMappingRow[], periodTo: string) {
  const themes = new Map(mapping.map((row) => [row.themeCode, row]));
  const byTheme = new Map<string, MovementCounts>();
  const byDimension = new Map<string, MovementCounts>();
  const countsOf = (map: Map<string, MovementCounts>, key: string) => map.get(key) ?? map.set(key, emptyMovements()).get(key)!;

  return {
    /** One citizen's goals, in plan order; adds their movements to the theme and dimension counts. */
    add(goals: readonly GoalRecord[], evaluationsOf: ReadonlyMap<number, readonly EvaluationRecord[]>): { goals: AreaGoal[]; counts: GoalCounts } {
      const counts: GoalCounts = { active: 0, reached: 0, closed: 0 };
      const drawn = goals.map((goal): AreaGoal => {
        const closedInPeriod = goal.closed_date !== null && goal.closed_date <= periodTo;
        const status = closedInPeriod ? goal.status : 'aktiv';
        if (!closedInPeriod) counts.active += 1;
        else {
          counts.closed += 1;
          if (status === 'opnaaet') counts.reached += 1;
        }
        const { movement } = progressionOf(
          (evaluationsOf.get(goal.id) ?? []).map((row) => ({ functionLevel: row.function_level, gas: row.gas, supportNeed: row.support_need })),
        );
        const theme = themes.get(goal.theme_code);
        const themeLabel = theme?.themeLabel ?? goal.theme_code;
        countsOf(byTheme, themeLabel)[movement] += 1;
        if (theme?.dimension) countsOf(byDimension, theme.dimension)[movement] += 1;
        return {
          text: goal.professional_text,
          themeLabel,
          isSubGoal: goal.parent_id !== null,
          statusLabel: GOAL_STATUS_LABELS[status],
          movementLabel: MOVEMENT_LABELS[movement],
          startDate: goal.start_date,
          closedDate: closedInPeriod ? goal.closed_date : null,
        };
      });
      return { goals: drawn, counts };
    },

    /** Themes in catalog order, then any theme code outside the catalog. */
    byTheme(): MovementRow[] {
      const order = [...new Set([...mapping.map((row) => row.themeLabel), ...byTheme.keys()])];
      return order.filter((label) => byTheme.has(label)).map((label) => ({ label, ...byTheme.get(label)! }));
    },

    byDimension(): MovementRow[] {
      return EFFECT_DIMENSIONS.filter((dimension) => byDimension.has(dimension)).map((dimension) => ({
        label: EFFECT_DIMENSION_LABELS[dimension],
        ...byDimension.get(dimension)!,
      }));
    },
  };
}
