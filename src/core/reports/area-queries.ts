// SQL for the municipality and region report, prepared once: the placements of the chosen
// handlekommune (or of every municipality of a region) that overlap a period, and those citizens'
// stays, goals, evaluations and magtanvendelser in it.
import type { GoalStatus } from '../../contract/plan-terms';
import type { Db } from '../db/open-database';

export interface AreaParams {
  from: string;
  to: string;
  /** Exactly one of the two is set. */
  municipalityCode: string | null;
  regionCode: string | null;
}

export interface PlacementRecord {
  citizen_id: number;
  acting_municipality_code: string;
  acting_name: string;
  acting_sort: string;
  paying_municipality_code: string;
  paying_name: string;
  legal_basis: string;
  daily_rate_ore: number;
  start_date: string;
  end_date: string | null;
}

export interface StayRecord {
  citizen_id: number;
  residence_id: number;
  residence_name: string;
  move_in: string;
  move_out: string | null;
}

export interface CitizenRecord {
  id: number;
  first_name: string;
  last_name: string;
  name_sort: string;
  cpr: string;
}

export interface GoalRecord {
  id: number;
  citizen_id: number;
  parent_id: number | null;
  theme_code: string;
  professional_text: string;
  status: GoalStatus;
  start_date: string;
  closed_date: string | null;
}

export interface EvaluationRecord {
  goal_id: number;
  function_level: number | null;
  gas: number | null;
  support_need: number | null;
}

export interface RestraintRecord {
  citizen_id: number;
  incident_type: string | null;
  count: number;
}

const PLACEMENT_WHERE = `
  (p.acting_municipality_code = :municipalityCode OR am.region_code = :regionCode)
  AND p.start_date <= :to AND (p.end_date IS NULL OR p.end_date >= :from)`;

/** The citizens with a placement of the area overlapping the period. */
const PLACED = `(SELECT p.citizen_id FROM placements p JOIN municipalities am ON am.code = p.acting_municipality_code WHERE ${PLACEMENT_WHERE})`;

export function createAreaQueries(db: Db) {
  return {
    municipality: db.prepare<[string], { code: string; official_name: string }>('SELECT code, official_name FROM municipalities WHERE code = ?'),
    region: db.prepare<[string], string>('SELECT region_name FROM municipalities WHERE region_code = ? LIMIT 1').pluck(),
    displayName: db.prepare<[number], string>('SELECT display_name FROM users WHERE id = ?').pluck(),
    placements: db.prepare<AreaParams, PlacementRecord>(`
      SELECT p.citizen_id, p.acting_municipality_code, am.official_name AS acting_name, am.name_sort AS acting_sort,
             p.paying_municipality_code, pm.official_name AS paying_name, lb.paragraph AS legal_basis,
             p.daily_rate_ore, p.start_date, p.end_date
      FROM placements p
      JOIN municipalities am ON am.code = p.acting_municipality_code
      JOIN municipalities pm ON pm.code = p.paying_municipality_code
      JOIN legal_bases lb ON lb.code = p.legal_basis_code
      WHERE ${PLACEMENT_WHERE}
      ORDER BY p.citizen_id, p.start_date, p.id`),
    citizens: db.prepare<AreaParams, CitizenRecord>(`
      SELECT id, first_name, last_name, name_sort, cpr FROM citizens WHERE id IN ${PLACED} ORDER BY name_sort, id`),
    stays: db.prepare<AreaParams, StayRecord>(`
      SELECT s.citizen_id, s.residence_id, r.name AS residence_name, s.move_in, s.move_out
      FROM citizen_stays s JOIN residences r ON r.id = s.residence_id
      WHERE s.citizen_id IN ${PLACED} AND s.move_in <= :to AND (s.move_out IS NULL OR s.move_out >= :from)
      ORDER BY s.citizen_id, s.move_in, s.id`),
    goals: db.prepare<AreaParams, GoalRecord>(`
      SELECT g.id, g.citizen_id, g.parent_id, g.theme_code, g.professional_text, g.status, g.start_date, g.closed_date
      FROM goals g
      WHERE g.citizen_id IN ${PLACED} AND g.start_date <= :to AND (g.closed_date IS NULL OR g.closed_date >= :from)
      ORDER BY g.citizen_id, coalesce(g.parent_id, g.id), g.parent_id IS NOT NULL, g.start_date, g.id`),
    /** Every evaluation up to the period's end of those goals, oldest first (start vs. now). */
    evaluations: db.prepare<AreaParams, EvaluationRecord>(`
      SELECT e.goal_id, e.function_level, e.gas, e.support_need
      FROM goal_evaluations e JOIN goals g ON g.id = e.goal_id
      WHERE g.citizen_id IN ${PLACED} AND g.start_date <= :to AND (g.closed_date IS NULL OR g.closed_date >= :from)
        AND e.evaluation_date <= :to
      ORDER BY e.goal_id, e.evaluation_date, e.id`),
    restraints: db.prepare<AreaParams, RestraintRecord>(`
      SELECT citizen_id, incident_type, count(*) AS count FROM incidents
      WHERE kind = 'magtanvendelse' AND occurred_date >= :from AND occurred_date <= :to AND citizen_id IN ${PLACED}
      GROUP BY citizen_id, incident_type`),
  };
}

export type AreaQueries = ReturnType<typeof createAreaQueries>;
