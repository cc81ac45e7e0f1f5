// Goals as the contract shows them: with actions, evaluations (oldest first), progression and the
// FFB theme's label. Shared by the goals service (one goal after a change) and plans.get (all).
import type { Evaluation, Goal, GoalAction } from '../../contract/areas/plans';
import { ffbTerm } from '../../contract/ffb-lookup';
import { progressionOf } from './progression';
import type { ActionRecord, EvaluationRecord, GoalQueries, GoalRecord } from './goal-queries';

const toAction = (row: ActionRecord): GoalAction => ({ id: row.id, goalId: row.goal_id, title: row.title, method: row.method, status: row.status, version: row.version });

const toEvaluation = (row: EvaluationRecord): Evaluation => ({
  id: row.id,
  goalId: row.goal_id,
  date: row.evaluation_date,
  functionLevel: row.function_level,
  gas: row.gas,
  supportNeed: row.support_need,
  note: row.note,
  closing: row.closing === 1,
  evaluatedBy: row.evaluated_by_name,
  createdAt: row.created_at,
});

function toGoal(row: GoalRecord, actions: GoalAction[], evaluations: Evaluation[]): Goal {
  const term = ffbTerm(row.ffb_code);
  return {
    id: row.id,
    citizenId: row.citizen_id,
    parentId: row.parent_id,
    ffbCode: row.ffb_code,
    themeCode: row.theme_code,
    // A code dropped from a later FFB version still shows, as its code.
    themeLabel: term?.label ?? row.ffb_code,
    qualityTheme: row.quality_theme,
    professionalText: row.professional_text,
    citizenWords: row.citizen_words,
    goalType: row.goal_type,
    startDate: row.start_date,
    nextFollowUp: row.next_follow_up,
    responsibleStaffId: row.responsible_staff_id,
    responsibleStaffName: row.responsible_staff_name,
    status: row.status,
    closedDate: row.closed_date,
    closingNote: row.closing_note,
    followUpDecision: row.follow_up_decision,
    actions,
    evaluations,
    progression: progressionOf(evaluations),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const groupByGoal = <T extends { goal_id: number }, U>(rows: T[], map: (row: T) => U) => {
  const groups = new Map<number, U[]>();
  for (const row of rows) {
    const group = groups.get(row.goal_id);
    if (group) group.push(map(row));
    else groups.set(row.goal_id, [map(row)]);
  }
  return groups;
};

export function createGoalReader(q: GoalQueries) {
  return {
    one(id: number): Goal {
      return toGoal(q.byId.get(id)!, q.actionsOf.all(id).map(toAction), q.evaluationsOf.all(id).map(toEvaluation));
    },
    forCitizen(citizenId: number): Goal[] {
      const actions = groupByGoal(q.actionsForCitizen.all(citizenId), toAction);
      const evaluations = groupByGoal(q.evaluationsForCitizen.all(citizenId), toEvaluation);
      return q.forCitizen.all(citizenId).map((row) => toGoal(row, actions.get(row.id) ?? [], evaluations.get(row.id) ?? []));
    },
  };
}
