// Goals (mål) and sub-goals (delmål): created, edited while active, evaluated, given actions, and
// closed with a closing evaluation ("let go when the goal is reached"). Closed goals are read-only.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import type { Goal } from '../../contract/areas/plans';
import { ffbTerm } from '../../contract/ffb-lookup';
import { GOAL_STATUS_LABELS } from '../../contract/plan-terms';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createGoalQueries, type GoalRecord } from './goal-queries';
import { createGoalReader } from './goal-reader';

const shownDate = (iso: string) => dayjs(iso).format('DD-MM-YYYY');
/** A goal named in the audit log and in messages: its professional text, shortened. */
export const shortGoalText = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The goal's editable columns and their Danish names, for the audit row of an edit. */
const EDITABLE: ReadonlyArray<[keyof GoalRecord, keyof ParsedInputOf<'goals.update'>, string]> = [
  ['ffb_code', 'ffbCode', 'FFB-tema'],
  ['quality_theme', 'qualityTheme', 'Kvalitetsmodel-tema'],
  ['professional_text', 'professionalText', 'målet (fagligt)'],
  ['citizen_words', 'citizenWords', 'borgerens egne ord'],
  ['goal_type', 'goalType', 'måltype'],
  ['start_date', 'startDate', 'startdato'],
  ['next_follow_up', 'nextFollowUp', 'næste opfølgning'],
  ['responsible_staff_id', 'responsibleStaffId', 'ansvarlig medarbejder'],
];

const STALE_GOAL = 'Målet er ændret af en anden, siden du åbnede det. Genindlæs og prøv igen.';

type GoalFields = ParsedInputOf<'goals.create'> | ParsedInputOf<'goals.update'>;

export function createGoalsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createGoalQueries(db);
  const reader = createGoalReader(q);
  const now = () => clock.now().toISOString();

  /** The goal, if it exists and the user may see its citizen. */
  function visible(actor: Actor, id: number): GoalRecord {
    const goal = q.byId.get(id);
    if (!goal) throw notFound('Målet');
    access.assertCanSee(actor, goal.citizen_id);
    return goal;
  }

  /** CONFLICT for a closed goal: "Målet er afsluttet (opnået) 01-03-2026 og kan ikke ændres". */
  function assertActive(goal: GoalRecord, what = 'ændres'): void {
    if (goal.status !== 'aktiv') {
      const outcome = GOAL_STATUS_LABELS[goal.status].toLowerCase();
      throw new DomainError('CONFLICT', `Målet er afsluttet (${outcome}) ${shownDate(goal.closed_date!)} og kan ikke ${what}.`);
    }
  }

  /** The theme above the FFB code, and a responsible staff member who is active (or was already responsible). */
  function checkFields(fields: GoalFields, current: GoalRecord | null): string {
    const term = ffbTerm(fields.ffbCode);
    if (!term) throw invalidField('ffbCode', 'FFB-tema: vælg et tema fra Fælles Faglige Begreber');
    const staffId = fields.responsibleStaffId;
    if (staffId !== null && staffId !== current?.responsible_staff_id) {
      const active = q.staffActive.get(staffId);
      if (active === undefined) throw invalidField('responsibleStaffId', 'Ansvarlig medarbejder: vælg en medarbejder fra listen');
      if (active !== 1) throw invalidField('responsibleStaffId', 'Ansvarlig medarbejder: medarbejderen er ikke længere aktiv');
    }
    return term.theme.code;
  }

  const goalParams = (fields: GoalFields, themeCode: string) => ({
    ffbCode: fields.ffbCode,
    themeCode,
    qualityTheme: fields.qualityTheme,
    professionalText: fields.professionalText,
    citizenWords: fields.citizenWords,
    goalType: fields.goalType,
    startDate: fields.startDate,
    nextFollowUp: fields.nextFollowUp,
    responsibleStaffId: fields.responsibleStaffId,
    now: now(),
  });

  /** A sub-goal hangs under an active goal (not itself a sub-goal) of the same citizen. */
  function checkParent(citizenId: number, parentId: number | null): void {
    if (parentId === null) return;
    const parent = q.byId.get(parentId);
    if (!parent || parent.citizen_id !== citizenId) throw invalidField('parentId', 'Overordnet mål: vælg et mål i borgerens plan');
    if (parent.parent_id !== null) throw invalidField('parentId', 'Overordnet mål: et delmål kan ikke have delmål');
    if (parent.status !== 'aktiv') {
      throw invalidField('parentId', `Overordnet mål: målet er afsluttet ${shownDate(parent.closed_date!)} og kan ikke få nye delmål`);
    }
  }

  function checkNotFuture(field: string, label: string, date: string): void {
    if (date > access.today()) throw invalidField(field, `${label} kan ikke ligge i fremtiden`);
  }

  const record = (actor: Actor, action: 'create' | 'update', method: string, goal: Pick<GoalRecord, 'citizen_id' | 'professional_text'>, detail: string | null) =>
    audit.record(actor, { action, method, citizenId: goal.citizen_id, subject: shortGoalText(goal.professional_text), detail });

  const scoreText = (scores: { functionLevel: number | null; gas: number | null; supportNeed: number | null }) =>
    [
      scores.functionLevel !== null ? `funktionsevneniveau ${scores.functionLevel}` : null,
      scores.gas !== null ? `GAS ${scores.gas}` : null,
      scores.supportNeed !== null ? `støttebehov ${scores.supportNeed}` : null,
    ]
      .filter(Boolean)
      .join(', ');

  return {
    create(actor: Actor, input: ParsedInputOf<'goals.create'>): Goal {
      access.assertCanSee(actor, input.citizenId);
      const themeCode = checkFields(input, null);
      checkParent(input.citizenId, input.parentId);
      const id = Number(q.insert.run({ ...goalParams(input, themeCode), citizenId: input.citizenId, parentId: input.parentId, actorId: actor.userId }).lastInsertRowid);
      const goal = reader.one(id);
      record(actor, 'create', 'goals.create', { citizen_id: input.citizenId, professional_text: input.professionalText }, `${input.parentId === null ? 'Mål' : 'Delmål'}: ${goal.themeLabel}`);
      return goal;
    },

    update(actor: Actor, input: ParsedInputOf<'goals.update'>): Goal {
      const current = visible(actor, input.id);
      assertActive(current);
      if (current.version !== input.version) throw new DomainError('CONFLICT', STALE_GOAL);
      const themeCode = checkFields(input, current);
      const firstEvaluation = q.firstEvaluationDate.get(input.id);
      if (firstEvaluation && input.startDate > firstEvaluation) {
        throw invalidField('startDate', `Startdato kan ikke ligge efter målets første evaluering (${shownDate(firstEvaluation)})`);
      }
      if (q.update.run({ ...goalParams(input, themeCode), id: input.id, version: input.version }).changes === 0) throw new DomainError('CONFLICT', STALE_GOAL);
      const changed = EDITABLE.filter(([column, field]) => current[column] !== input[field]).map(([, , label]) => label);
      record(actor, 'update', 'goals.update', { citizen_id: current.citizen_id, professional_text: input.professionalText }, changed.length ? `Ændret: ${changed.join(', ')}` : 'Intet ændret');
      return reader.one(input.id);
    },

    close(actor: Actor, input: ParsedInputOf<'goals.close'>): Goal {
      const current = visible(actor, input.id);
      if (current.status !== 'aktiv') {
        const outcome = GOAL_STATUS_LABELS[current.status].toLowerCase();
        throw new DomainError('CONFLICT', `Målet er allerede afsluttet (${outcome}) ${shownDate(current.closed_date!)}.`);
      }
      if (current.version !== input.version) throw new DomainError('CONFLICT', STALE_GOAL);
      const children = q.activeChildren.all(input.id);
      if (children.length > 0) {
        throw new DomainError('CONFLICT', `Afslut først delmålene: ${children.map((child) => shortGoalText(child.professional_text, 40)).join('; ')}.`);
      }
      if (input.closedDate < current.start_date) {
        throw invalidField('closedDate', `Afsluttet dato kan ikke ligge før målets startdato (${shownDate(current.start_date)})`);
      }
      checkNotFuture('closedDate', 'Afsluttet dato', input.closedDate);
      const lastEvaluation = q.lastEvaluationDate.get(input.id);
      if (lastEvaluation && input.closedDate < lastEvaluation) {
        throw invalidField('closedDate', `Afsluttet dato kan ikke ligge før målets seneste evaluering (${shownDate(lastEvaluation)})`);
      }
      const at = now();
      const closeParams = { id: input.id, version: input.version, outcome: input.outcome, closedDate: input.closedDate, note: input.note, decision: input.decision, now: at };
      if (q.close.run(closeParams).changes === 0) throw new DomainError('CONFLICT', STALE_GOAL);
      q.insertEvaluation.run({
        goalId: input.id,
        date: input.closedDate,
        functionLevel: input.functionLevel,
        gas: input.gas,
        supportNeed: input.supportNeed,
        note: input.note,
        closing: 1,
        actorId: actor.userId,
        now: at,
      });
      record(actor, 'update', 'goals.close', current, `Afsluttet (${GOAL_STATUS_LABELS[input.outcome].toLowerCase()}) ${shownDate(input.closedDate)}`);
      return reader.one(input.id);
    },

    addEvaluation(actor: Actor, input: ParsedInputOf<'goals.addEvaluation'>): Goal {
      const current = visible(actor, input.goalId);
      assertActive(current, 'evalueres');
      if (input.date < current.start_date) throw invalidField('date', `Dato kan ikke ligge før målets startdato (${shownDate(current.start_date)})`);
      checkNotFuture('date', 'Dato', input.date);
      const at = now();
      q.insertEvaluation.run({ goalId: input.goalId, date: input.date, functionLevel: input.functionLevel, gas: input.gas, supportNeed: input.supportNeed, note: input.note, closing: 0, actorId: actor.userId, now: at });
      if (input.nextFollowUp !== null) q.setNextFollowUp.run(input.nextFollowUp, at, input.goalId);
      else q.touch.run(at, input.goalId);
      record(actor, 'create', 'goals.addEvaluation', current, `Evaluering ${shownDate(input.date)}: ${scoreText(input)}`);
      return reader.one(input.goalId);
    },

    addAction(actor: Actor, input: ParsedInputOf<'goals.addAction'>): Goal {
      const current = visible(actor, input.goalId);
      assertActive(current);
      const at = now();
      q.insertAction.run({ goalId: input.goalId, title: input.title, method: input.method, status: input.status, now: at });
      q.touch.run(at, input.goalId);
      record(actor, 'create', 'goals.addAction', current, `Indsats: ${input.title}`);
      return reader.one(input.goalId);
    },

    updateAction(actor: Actor, input: ParsedInputOf<'goals.updateAction'>): Goal {
      const action = q.actionById.get(input.id);
      if (!action) throw notFound('Indsatsen');
      const current = visible(actor, action.goal_id);
      assertActive(current);
      const at = now();
      if (q.updateAction.run({ id: input.id, version: input.version, title: input.title, method: input.method, status: input.status, now: at }).changes === 0) {
        throw new DomainError('CONFLICT', 'Indsatsen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.');
      }
      q.touch.run(at, action.goal_id);
      record(actor, 'update', 'goals.updateAction', current, `Indsats: ${input.title}`);
      return reader.one(action.goal_id);
    },
  };
}

export type GoalsService = ReturnType<typeof createGoalsService>;
