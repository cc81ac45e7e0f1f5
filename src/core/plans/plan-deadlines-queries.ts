// SQL for deadlines (frister): the citizens living somewhere today with their first follow-up and
// status meeting due dates, and the active goals whose follow-up date falls on or before a day.
// Months are added by SQLite with 'floor' (30 November + 3 months = 28 February), as dayjs does:
// a test holds the two equal. Done here because dayjs per citizen costs more than the query.
import { FIRST_FOLLOW_UP_MONTHS, STATUS_MEETING_MONTHS } from '../../contract/plan-terms';
import { citizensVisibleThroughSql, SCOPED_RESIDENCES_SQL } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export interface DeadlineCitizenRecord {
  citizen_id: number;
  first_name: string;
  last_name: string;
  name_sort: string;
  residence_id: number;
  residence_name: string;
  contact_staff_id: number | null;
  contact_staff_name: string | null;
  /** Move-in plus 3 months; null once a meeting (any kind) was held on or after move-in. */
  first_follow_up_due: string | null;
  /** The latest status meeting on or after move-in (else move-in) plus 12 months. */
  status_meeting_due: string;
}

export interface DeadlineGoalRecord {
  id: number;
  citizen_id: number;
  professional_text: string;
  next_follow_up: string;
}

export interface DeadlineListParams {
  today: string;
  /** A scoped user's id: only citizens visible through their residences; null: every citizen. */
  scopeUserId: number | null;
  residenceId: number | null;
  contactStaffId: number | null;
}

/** `date` plus whole months, clamped to the month's last day as dayjs does. */
export const sqlAddMonths = (date: string, months: number) => `date(${date}, '+${months} months', 'floor')`;

/** The citizen's current stay (the latest one, should two overlap today). */
const CURRENT_STAY = `(
  SELECT s.id FROM citizen_stays s
  WHERE s.citizen_id = c.id AND s.move_in <= :today AND (s.move_out IS NULL OR s.move_out >= :today)
  ORDER BY s.move_in DESC, s.id DESC LIMIT 1)`;

const SELECT_CITIZENS = `
  SELECT c.id AS citizen_id, c.first_name, c.last_name, c.name_sort,
         r.id AS residence_id, r.name AS residence_name,
         c.contact_staff_id, st.name AS contact_staff_name,
         CASE WHEN EXISTS (SELECT 1 FROM plan_meetings m WHERE m.citizen_id = c.id AND m.meeting_date >= s.move_in) THEN NULL
              ELSE ${sqlAddMonths('s.move_in', FIRST_FOLLOW_UP_MONTHS)} END AS first_follow_up_due,
         ${sqlAddMonths(
           `coalesce((SELECT max(m.meeting_date) FROM plan_meetings m WHERE m.citizen_id = c.id AND m.kind = 'statusmoede' AND m.meeting_date >= s.move_in), s.move_in)`,
           STATUS_MEETING_MONTHS,
         )} AS status_meeting_due
  FROM citizens c
  JOIN citizen_stays s ON s.id = ${CURRENT_STAY}
  JOIN residences r ON r.id = s.residence_id
  LEFT JOIN staff st ON st.id = c.contact_staff_id`;

const ACTIVE_GOALS_DUE = `
  SELECT g.id, g.citizen_id, g.professional_text, g.next_follow_up
  FROM goals g
  WHERE g.status = 'aktiv' AND g.next_follow_up IS NOT NULL AND g.next_follow_up <= :until`;

export function createPlanDeadlineQueries(db: Db) {
  return {
    /** Every citizen living somewhere today that the filters and the user's scope let through. */
    citizens: db.prepare<DeadlineListParams, DeadlineCitizenRecord>(
      `${SELECT_CITIZENS}
       WHERE (:residenceId IS NULL OR s.residence_id = :residenceId)
         AND (:contactStaffId IS NULL OR c.contact_staff_id = :contactStaffId)
         AND (:scopeUserId IS NULL OR c.id IN (${citizensVisibleThroughSql(SCOPED_RESIDENCES_SQL)}))`,
    ),
    /** One citizen, when living somewhere today. */
    citizen: db.prepare<{ citizenId: number; today: string }, DeadlineCitizenRecord>(`${SELECT_CITIZENS} WHERE c.id = :citizenId`),
    /** Active goals (of any citizen) followed up on or before `until`, through the goals_active_follow_up index. */
    goalsDue: db.prepare<{ until: string }, DeadlineGoalRecord>(ACTIVE_GOALS_DUE),
    /** One citizen's active goals followed up on or before `until`. */
    goalsDueFor: db.prepare<{ citizenId: number; until: string }, DeadlineGoalRecord>(`${ACTIVE_GOALS_DUE} AND g.citizen_id = :citizenId`),
    residenceName: db.prepare<[number], string>('SELECT name FROM residences WHERE id = ?').pluck(),
    staffName: db.prepare<[number], string>('SELECT name FROM staff WHERE id = ?').pluck(),
  };
}
