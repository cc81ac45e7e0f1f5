// SQL for the management information: one row per goal that is active today or was active at some
// time in the year, with its residence, theme, effect dimension and what it counts as. For goals
// active in the year, the first and latest value of each scale (evaluations up to the year's end)
// come from correlated subqueries on the goal_evaluations_goal index: no evaluation is loaded.
import type { EffectDimension, GoalStatus } from '../../contract/plan-terms';
import { SCOPED_RESIDENCES_SQL } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export interface OverviewParams {
  today: string;
  yearStart: string;
  yearEnd: string;
  /** A scoped user's id: only goals of their residences; null: every goal. */
  scopeUserId: number | null;
  residenceId: number | null;
}

export interface OverviewGoalRecord {
  id: number;
  theme_code: string;
  /** The citizen's current stay's residence, else the latest stay's; null without any stay. */
  residence_id: number | null;
  dimension: EffectDimension | null;
  status: GoalStatus;
  /** 1: active at some time in the year (its progression counts). */
  in_year: number;
  closed_in_year: number;
  overdue: number;
  first_level: number | null;
  last_level: number | null;
  /** Capped at 2. */
  level_count: number;
  first_gas: number | null;
  last_gas: number | null;
  /** Capped at 2. */
  gas_count: number;
}

const STAY_RESIDENCE = (condition: string) =>
  `(SELECT s.residence_id FROM citizen_stays s WHERE s.citizen_id = g.citizen_id${condition} ORDER BY s.move_in DESC, s.id DESC LIMIT 1)`;
const RESIDENCE = `coalesce(
    ${STAY_RESIDENCE(' AND s.move_in <= :today AND (s.move_out IS NULL OR s.move_out >= :today)')},
    ${STAY_RESIDENCE('')})`;
const IN_YEAR = 'g.start_date <= :yearEnd AND (g.closed_date IS NULL OR g.closed_date >= :yearStart)';

/** The value of `column` on the goal's first or latest evaluation that has one, up to the year's end. */
const end = (column: string, direction: 'ASC' | 'DESC') =>
  `(SELECT e.${column} FROM goal_evaluations e
    WHERE e.goal_id = sg.id AND e.evaluation_date <= :yearEnd AND e.${column} IS NOT NULL
    ORDER BY e.evaluation_date ${direction}, e.id ${direction} LIMIT 1)`;
/** How many of the goal's evaluations up to the year's end have `column`, counted up to 2: the rule only asks for two. */
const count = (column: string) =>
  `(SELECT count(*) FROM (
     SELECT 1 FROM goal_evaluations e WHERE e.goal_id = sg.id AND e.evaluation_date <= :yearEnd AND e.${column} IS NOT NULL LIMIT 2))`;
/** Only goals active in the year need their ends; the others skip the subqueries. */
const ifInYear = (sql: string, otherwise = 'NULL') => `CASE WHEN sg.in_year THEN ${sql} ELSE ${otherwise} END`;

export const OVERVIEW_GOALS_SQL = `
  WITH sg AS MATERIALIZED (
    SELECT g.id, g.theme_code, g.status, g.closed_date, g.next_follow_up, ${IN_YEAR} AS in_year, ${RESIDENCE} AS residence_id
    FROM goals g
    WHERE g.status = 'aktiv' OR (${IN_YEAR})
  )
  SELECT sg.id, sg.theme_code, sg.residence_id, m.dimension, sg.status, sg.in_year,
         coalesce(sg.closed_date >= :yearStart AND sg.closed_date <= :yearEnd, 0) AS closed_in_year,
         coalesce(sg.status = 'aktiv' AND sg.next_follow_up < :today, 0) AS overdue,
         ${ifInYear(end('function_level', 'ASC'))} AS first_level,
         ${ifInYear(end('function_level', 'DESC'))} AS last_level,
         ${ifInYear(count('function_level'), '0')} AS level_count,
         ${ifInYear(end('gas', 'ASC'))} AS first_gas,
         ${ifInYear(end('gas', 'DESC'))} AS last_gas,
         ${ifInYear(count('gas'), '0')} AS gas_count
  FROM sg
  LEFT JOIN effect_dimension_map m ON m.theme_code = sg.theme_code
  WHERE (:residenceId IS NULL OR sg.residence_id = :residenceId)
    AND (:scopeUserId IS NULL OR sg.residence_id IN ${SCOPED_RESIDENCES_SQL})`;

export interface ResidenceRecord {
  id: number;
  name: string;
  archived: number;
}

export function createPlanOverviewQueries(db: Db) {
  return {
    goals: db.prepare<OverviewParams, OverviewGoalRecord>(OVERVIEW_GOALS_SQL),
    residences: db.prepare<[], ResidenceRecord>('SELECT id, name, archived_at IS NOT NULL AS archived FROM residences ORDER BY name_sort, id'),
  };
}
