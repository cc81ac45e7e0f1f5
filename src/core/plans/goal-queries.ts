// SQL for goals, their actions and evaluations, prepared once. Reads come in two widths: one goal,
// and every goal of a citizen (the whole plan), so plans.get needs three queries, not one per goal.
import type { ActionStatus, FollowUpDecision, GoalStatus, GoalType, QualityTheme } from '../../contract/plan-terms';
import type { Db } from '../db/open-database';

export interface GoalRecord {
  id: number;
  citizen_id: number;
  parent_id: number | null;
  ffb_code: string;
  theme_code: string;
  quality_theme: QualityTheme | null;
  professional_text: string;
  citizen_words: string;
  goal_type: GoalType;
  start_date: string;
  next_follow_up: string | null;
  responsible_staff_id: number | null;
  responsible_staff_name: string | null;
  status: GoalStatus;
  closed_date: string | null;
  closing_note: string | null;
  follow_up_decision: FollowUpDecision | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ActionRecord {
  id: number;
  goal_id: number;
  title: string;
  method: string | null;
  status: ActionStatus;
  version: number;
}

export interface EvaluationRecord {
  id: number;
  goal_id: number;
  evaluation_date: string;
  function_level: number | null;
  gas: number | null;
  support_need: number | null;
  note: string | null;
  closing: number;
  evaluated_by_name: string;
  created_at: string;
}

const GOAL = `
  SELECT g.id, g.citizen_id, g.parent_id, g.ffb_code, g.theme_code, g.quality_theme, g.professional_text, g.citizen_words,
         g.goal_type, g.start_date, g.next_follow_up, g.responsible_staff_id, s.name AS responsible_staff_name, g.status,
         g.closed_date, g.closing_note, g.follow_up_decision, g.version, g.created_at, g.updated_at
  FROM goals g
  LEFT JOIN staff s ON s.id = g.responsible_staff_id`;

const ACTION = 'SELECT a.id, a.goal_id, a.title, a.method, a.status, a.version FROM goal_actions a';

const EVALUATION = `
  SELECT e.id, e.goal_id, e.evaluation_date, e.function_level, e.gas, e.support_need, e.note, e.closing,
         u.display_name AS evaluated_by_name, e.created_at
  FROM goal_evaluations e
  JOIN users u ON u.id = e.evaluated_by`;

export function createGoalQueries(db: Db) {
  return {
    byId: db.prepare<[number], GoalRecord>(`${GOAL} WHERE g.id = ?`),
    forCitizen: db.prepare<[number], GoalRecord>(`${GOAL} WHERE g.citizen_id = ? ORDER BY g.start_date, g.id`),
    actionsOf: db.prepare<[number], ActionRecord>(`${ACTION} WHERE a.goal_id = ? ORDER BY a.id`),
    actionsForCitizen: db.prepare<[number], ActionRecord>(`${ACTION} JOIN goals g ON g.id = a.goal_id WHERE g.citizen_id = ? ORDER BY a.id`),
    evaluationsOf: db.prepare<[number], EvaluationRecord>(`${EVALUATION} WHERE e.goal_id = ? ORDER BY e.evaluation_date, e.id`),
    evaluationsForCitizen: db.prepare<[number], EvaluationRecord>(
      `${EVALUATION} JOIN goals g ON g.id = e.goal_id WHERE g.citizen_id = ? ORDER BY e.evaluation_date, e.id`,
    ),
    actionById: db.prepare<[number], ActionRecord>(`${ACTION} WHERE a.id = ?`),

    /** The latest evaluation date of a goal (closing included), or null. */
    lastEvaluationDate: db.prepare<[number], string | null>('SELECT max(evaluation_date) FROM goal_evaluations WHERE goal_id = ?').pluck(),
    firstEvaluationDate: db.prepare<[number], string | null>('SELECT min(evaluation_date) FROM goal_evaluations WHERE goal_id = ?').pluck(),
    activeChildren: db.prepare<[number], { id: number; professional_text: string }>(
      `SELECT id, professional_text FROM goals WHERE parent_id = ? AND status = 'aktiv' ORDER BY start_date, id`,
    ),
    /** 1 when the staff member exists and is active, 0 when inactive, undefined when unknown. */
    staffActive: db.prepare<[number], number>('SELECT active FROM staff WHERE id = ?').pluck(),

    insert: db.prepare(
      `INSERT INTO goals (citizen_id, parent_id, ffb_code, theme_code, quality_theme, professional_text, citizen_words, goal_type,
                          start_date, next_follow_up, responsible_staff_id, created_by, created_at, updated_at)
       VALUES (@citizenId, @parentId, @ffbCode, @themeCode, @qualityTheme, @professionalText, @citizenWords, @goalType,
               @startDate, @nextFollowUp, @responsibleStaffId, @actorId, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE goals SET ffb_code = @ffbCode, theme_code = @themeCode, quality_theme = @qualityTheme, professional_text = @professionalText,
                        citizen_words = @citizenWords, goal_type = @goalType, start_date = @startDate, next_follow_up = @nextFollowUp,
                        responsible_staff_id = @responsibleStaffId, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version AND status = 'aktiv'`,
    ),
    close: db.prepare(
      `UPDATE goals SET status = @outcome, closed_date = @closedDate, closing_note = @note, follow_up_decision = @decision,
                        next_follow_up = NULL, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version AND status = 'aktiv'`,
    ),
    setNextFollowUp: db.prepare('UPDATE goals SET next_follow_up = ?, version = version + 1, updated_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE goals SET updated_at = ? WHERE id = ?'),

    insertEvaluation: db.prepare(
      `INSERT INTO goal_evaluations (goal_id, evaluation_date, function_level, gas, support_need, note, closing, evaluated_by, created_at)
       VALUES (@goalId, @date, @functionLevel, @gas, @supportNeed, @note, @closing, @actorId, @now)`,
    ),
    insertAction: db.prepare(
      `INSERT INTO goal_actions (goal_id, title, method, status, created_at, updated_at)
       VALUES (@goalId, @title, @method, @status, @now, @now)`,
    ),
    updateAction: db.prepare(
      `UPDATE goal_actions SET title = @title, method = @method, status = @status, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
  };
}

export type GoalQueries = ReturnType<typeof createGoalQueries>;
