// The pædagogisk plan per citizen: the § 141 handleplan's purpose, goals (mål) and sub-goals
// (delmål) on FFB themes in professional words and the citizen's own words, actions (indsatser),
// evaluations over time with the progression they show, closing a goal, and follow-up meetings.
import { z } from 'zod';
import { choice, id, isoDate, optionalIsoDate, optionalText, requiredText, wholeNumber } from '../fields';
import { method } from '../method';
import {
  ACTION_STATUSES,
  DEADLINE_KINDS,
  DEADLINE_STATES,
  FOLLOW_UP_DECISIONS,
  GAS_MAX,
  GAS_MIN,
  GOAL_OUTCOMES,
  GOAL_STATUSES,
  GOAL_TYPES,
  MEETING_KINDS,
  MOVEMENTS,
  QUALITY_THEMES,
} from '../plan-terms';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const functionLevel = (label = 'Funktionsevneniveau') => nullable(wholeNumber(label, 0, 4));
export const gasScore = (label = 'Målopfyldelse (GAS)') => nullable(wholeNumber(label, GAS_MIN, GAS_MAX));
export const supportNeed = (label = 'Støttebehov') => nullable(wholeNumber(label, 0, 4));

export const evaluation = z.object({
  id: z.number().int(),
  goalId: z.number().int(),
  date: z.string(),
  /** 0-4, lower is better; null = ikke vurderet. */
  functionLevel: z.number().int().nullable(),
  /** −2…+2, 0 = expected. */
  gas: z.number().int().nullable(),
  supportNeed: z.number().int().nullable(),
  note: z.string().nullable(),
  /** The evaluation recorded when the goal was closed. */
  closing: z.boolean(),
  evaluatedBy: z.string(),
  createdAt: z.string(),
});
export type Evaluation = z.infer<typeof evaluation>;

export const goalAction = z.object({
  id: z.number().int(),
  goalId: z.number().int(),
  title: z.string(),
  method: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  version: z.number().int(),
});
export type GoalAction = z.infer<typeof goalAction>;

export const progression = z.object({
  movement: z.enum(MOVEMENTS),
  startFunctionLevel: z.number().int().nullable(),
  currentFunctionLevel: z.number().int().nullable(),
  startGas: z.number().int().nullable(),
  currentGas: z.number().int().nullable(),
  startSupportNeed: z.number().int().nullable(),
  currentSupportNeed: z.number().int().nullable(),
});
export type Progression = z.infer<typeof progression>;

export const goal = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  /** Null for a goal (mål); the goal's id for a sub-goal (delmål). */
  parentId: z.number().int().nullable(),
  /** The stored FFB code: a theme's or one of its conditions'. */
  ffbCode: z.string(),
  themeCode: z.string(),
  /** "Sundhedsforhold: Søvn" or "Sundhedsforhold". */
  themeLabel: z.string(),
  qualityTheme: z.enum(QUALITY_THEMES).nullable(),
  professionalText: z.string(),
  citizenWords: z.string(),
  goalType: z.enum(GOAL_TYPES),
  startDate: z.string(),
  /** Null once the goal is closed. */
  nextFollowUp: z.string().nullable(),
  responsibleStaffId: z.number().int().nullable(),
  responsibleStaffName: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  closedDate: z.string().nullable(),
  closingNote: z.string().nullable(),
  followUpDecision: z.enum(FOLLOW_UP_DECISIONS).nullable(),
  actions: z.array(goalAction),
  /** Oldest first. */
  evaluations: z.array(evaluation),
  progression,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goal>;

export const planMeeting = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  date: z.string(),
  kind: z.enum(MEETING_KINDS),
  decision: z.enum(FOLLOW_UP_DECISIONS).nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});
export type PlanMeeting = z.infer<typeof planMeeting>;

export const deadline = z.object({
  kind: z.enum(DEADLINE_KINDS),
  citizenId: z.number().int(),
  citizenName: z.string(),
  residenceId: z.number().int().nullable(),
  residenceName: z.string().nullable(),
  contactStaffId: z.number().int().nullable(),
  contactStaffName: z.string().nullable(),
  goalId: z.number().int().nullable(),
  goalText: z.string().nullable(),
  dueDate: z.string(),
  state: z.enum(DEADLINE_STATES),
});
export type Deadline = z.infer<typeof deadline>;

export const handleplan = z.object({
  purpose: z.string().nullable(),
  date: z.string().nullable(),
  receivedFrom: z.string().nullable(),
  /** 0 while the citizen has no plan yet. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type Handleplan = z.infer<typeof handleplan>;

export const plan = z.object({
  citizenId: z.number().int(),
  handleplan,
  /** Goals and sub-goals, active and closed, flat (sub-goals name their parent); by start date. */
  goals: z.array(goal),
  /** Newest first. */
  meetings: z.array(planMeeting),
  /** This citizen's deadlines that are overdue or due within 30 days. */
  deadlines: z.array(deadline),
});
export type Plan = z.infer<typeof plan>;

const goalShape = {
  ffbCode: requiredText('FFB-tema', 64),
  qualityTheme: nullable(choice('Kvalitetsmodel-tema', QUALITY_THEMES)),
  professionalText: requiredText('Målet (fagligt)', 2000),
  citizenWords: requiredText('Borgerens egne ord', 2000),
  goalType: choice('Måltype', GOAL_TYPES),
  startDate: isoDate('Startdato'),
  nextFollowUp: isoDate('Næste opfølgning'),
  responsibleStaffId: nullable(id('Ansvarlig medarbejder')),
};
const followUpNotBeforeStart = <T extends { startDate: string; nextFollowUp: string }>(value: T) => value.nextFollowUp >= value.startDate;
const followUpMessage = { path: ['nextFollowUp'], error: 'Næste opfølgning kan ikke ligge før startdatoen' };

const scores = {
  functionLevel: functionLevel(),
  gas: gasScore(),
  supportNeed: supportNeed(),
};

export const planMethods = {
  'plans.get': method({
    summary: 'En borgers pædagogiske plan: handleplanens formål, mål og delmål (aktive og afsluttede) med indsatser, evalueringer og progression, møder og frister.',
    access: 'plans.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: plan,
  }),
  'plans.updateHandleplan': method({
    summary: 'Ret formålet fra kommunens § 141-handleplan (tekst, dato, modtaget fra). version er 0, når borgeren ingen plan har endnu.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z.object({
      citizenId: id('Borger'),
      purpose: requiredText('Formål', 4000),
      date: optionalIsoDate('Handleplanens dato'),
      receivedFrom: optionalText('Modtaget fra', 200),
      version: z.number().int().min(0),
    }),
    output: handleplan,
  }),
  'plans.addMeeting': method({
    summary: 'Registrér et afholdt opfølgnings- eller statusmøde (nulstiller fristen for første opfølgning og det årlige statusmøde).',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z.object({
      citizenId: id('Borger'),
      date: isoDate('Mødedato'),
      kind: choice('Mødetype', MEETING_KINDS),
      decision: nullable(choice('Afgørelse', FOLLOW_UP_DECISIONS)),
      note: optionalText('Referat', 4000),
    }),
    output: planMeeting,
  }),
  'goals.create': method({
    summary: 'Opret et mål eller (med parentId) et delmål i borgerens plan.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z
      .object({ citizenId: id('Borger'), parentId: nullable(id('Overordnet mål')), ...goalShape })
      .refine(followUpNotBeforeStart, followUpMessage),
    output: goal,
  }),
  'goals.update': method({
    summary: 'Ret et aktivt mål; version skal matche (ellers CONFLICT). Et afsluttet mål kan ikke rettes.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Mål'), version: z.number().int().min(1), ...goalShape }).refine(followUpNotBeforeStart, followUpMessage),
    output: goal,
  }),
  'goals.close': method({
    summary: 'Afslut et mål (opnået, delvist opnået, ikke opnået, afsluttet) med en afsluttende evaluering. Delmål skal afsluttes først.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z.object({
      id: id('Mål'),
      version: z.number().int().min(1),
      outcome: choice('Resultat', GOAL_OUTCOMES),
      closedDate: isoDate('Afsluttet dato'),
      note: requiredText('Afsluttende evaluering', 4000),
      decision: nullable(choice('Afgørelse', FOLLOW_UP_DECISIONS)),
      ...scores,
    }),
    output: goal,
  }),
  'goals.addEvaluation': method({
    summary: 'Evaluér et aktivt mål: funktionsevneniveau og/eller målopfyldelse (GAS), støttebehov, note; kan sætte næste opfølgning.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z
      .object({ goalId: id('Mål'), date: isoDate('Dato'), ...scores, note: optionalText('Note', 4000), nextFollowUp: optionalIsoDate('Næste opfølgning') })
      .refine((value) => value.functionLevel !== null || value.gas !== null, {
        path: ['functionLevel'],
        error: 'Funktionsevneniveau: angiv funktionsevneniveau og/eller målopfyldelse (GAS)',
      })
      .refine((value) => value.nextFollowUp === null || value.nextFollowUp >= value.date, {
        path: ['nextFollowUp'],
        error: 'Næste opfølgning kan ikke ligge før evalueringens dato',
      }),
    output: goal,
  }),
  'goals.addAction': method({
    summary: 'Tilføj en indsats (med metode) til et aktivt mål.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ goalId: id('Mål'), title: requiredText('Indsats', 300), method: optionalText('Metode', 120), status: choice('Status', ACTION_STATUSES).default('planlagt') }),
    output: goal,
  }),
  'goals.updateAction': method({
    summary: 'Ret en indsats på et aktivt mål; version skal matche.',
    access: 'plans.write',
    kind: 'write',
    citizenData: true,
    input: z.object({
      id: id('Indsats'),
      version: z.number().int().min(1),
      title: requiredText('Indsats', 300),
      method: optionalText('Metode', 120),
      status: choice('Status', ACTION_STATUSES),
    }),
    output: goal,
  }),
};
