// Gathers the statusrapport's model for one citizen and period: stamdata, the § 141 purpose, each
// goal and delmål active in the period with its evaluations and progression, themes, marked notes
// and incidents, plus the draft's free text. Runs inside the request's transaction.
import type { StatusDraft } from '../../contract/areas/reports';
import { FFB_FOLLOW_UP_DECISIONS, FFB_FUNCTION_LEVELS, FFB_GOAL_TYPES, FFB_SUPPORT_LEVELS, FFB_THEMES } from '../../contract/ffb';
import { ffbTerm } from '../../contract/ffb-lookup';
import type { Goal } from '../../contract/areas/plans';
import { ACTION_STATUS_LABELS, GAS_LABELS, GOAL_STATUS_LABELS, INCIDENT_KIND_LABELS, INCIDENT_TYPES, MOVEMENT_LABELS } from '../../contract/plan-terms';
import { progressionOf } from '../plans/progression';
import type { StatusGoal, StatusIncidents, StatusModel, StatusNote, StatusStamdata, StatusTheme } from './models/status-model';
import { RECOMMENDATION_LABELS, STATUS_REASON_LABELS } from './status-labels';
import type { CitizenRecord, PlacementRecord, StatusIncidentRecord, StatusNoteRecord, StayRecord } from './status-queries';

const levelLabel = (value: number | null) => (value === null ? null : `${value} ${FFB_FUNCTION_LEVELS[value]?.label ?? ''}`.trim());
const supportLabel = (value: number | null) => (value === null ? null : `${value} ${FFB_SUPPORT_LEVELS[value]?.label ?? ''}`.trim());
const gasLabel = (value: number | null) => (value === null ? null : `${value > 0 ? '+' : ''}${value} ${GAS_LABELS[String(value)] ?? ''}`.trim());
const goalTypeLabel = (key: string) => FFB_GOAL_TYPES.find((type) => type.key === key)?.label ?? key;
const decisionLabel = (key: string | null) => (key === null ? null : (FFB_FOLLOW_UP_DECISIONS.find((item) => item.key === key)?.label ?? key));
const themeOf = (code: string) => ffbTerm(code)?.theme.label ?? code;

/** A goal counts when it had begun by the period's end and was not closed before it began. */
const activeIn = (goal: Goal, from: string, to: string) => goal.startDate <= to && (goal.closedDate === null || goal.closedDate >= from);

function toStatusGoal(goal: Goal, parents: Map<number, Goal>, from: string, to: string): StatusGoal {
  const upToEnd = goal.evaluations.filter((evaluation) => evaluation.date <= to);
  const progression = progressionOf(upToEnd);
  const closedInPeriod = goal.closedDate !== null && goal.closedDate <= to;
  return {
    id: goal.id,
    parentId: goal.parentId,
    parentText: goal.parentId !== null ? (parents.get(goal.parentId)?.professionalText ?? null) : null,
    theme: goal.themeLabel,
    text: goal.professionalText,
    citizenWords: goal.citizenWords,
    goalType: goalTypeLabel(goal.goalType),
    status: closedInPeriod ? GOAL_STATUS_LABELS[goal.status] : GOAL_STATUS_LABELS.aktiv,
    startDate: goal.startDate,
    responsible: goal.responsibleStaffName,
    actions: goal.actions.map((action) => ({ title: action.title, method: action.method, status: ACTION_STATUS_LABELS[action.status] })),
    evaluations: upToEnd
      .filter((evaluation) => evaluation.date >= from)
      .map((evaluation) => ({
        date: evaluation.date,
        level: levelLabel(evaluation.functionLevel),
        gas: gasLabel(evaluation.gas),
        supportNeed: supportLabel(evaluation.supportNeed),
        note: evaluation.note,
        by: evaluation.evaluatedBy,
        closing: evaluation.closing,
      })),
    startLevel: levelLabel(progression.startFunctionLevel),
    currentLevel: levelLabel(progression.currentFunctionLevel),
    startSupportNeed: supportLabel(progression.startSupportNeed),
    currentSupportNeed: supportLabel(progression.currentSupportNeed),
    movement: MOVEMENT_LABELS[progression.movement],
    points: upToEnd.map((evaluation) => ({ date: evaluation.date, level: evaluation.functionLevel, gas: evaluation.gas })),
    nextFollowUp: closedInPeriod ? null : goal.nextFollowUp,
    closedDate: closedInPeriod ? goal.closedDate : null,
    closingNote: closedInPeriod ? goal.closingNote : null,
    followUpDecision: closedInPeriod ? decisionLabel(goal.followUpDecision) : null,
  };
}

/** Goals in reading order: each main goal followed by its delmål. */
function orderedGoals(goals: Goal[], from: string, to: string): StatusGoal[] {
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const shown = goals.filter((goal) => activeIn(goal, from, to));
  const mains = shown.filter((goal) => goal.parentId === null || !shown.some((other) => other.id === goal.parentId));
  const ordered: StatusGoal[] = [];
  for (const main of mains) {
    ordered.push(toStatusGoal(main, byId, from, to));
    for (const child of shown.filter((goal) => goal.parentId === main.id)) ordered.push(toStatusGoal(child, byId, from, to));
  }
  return ordered;
}

function themesOf(goals: StatusGoal[], goalCodes: Map<number, string>, notes: StatusNoteRecord[], noteCodes: Array<{ version_id: number; code: string }>): StatusTheme[] {
  // Every FFB theme in the code system's order, so the reader sees what the period did not touch too.
  const themes = new Map<string, StatusTheme>(FFB_THEMES.map((item) => [item.label, { theme: item.label, goals: [], noteCount: 0 }]));
  const theme = (label: string) => {
    let entry = themes.get(label);
    if (!entry) themes.set(label, (entry = { theme: label, goals: [], noteCount: 0 }));
    return entry;
  };
  for (const goal of goals) theme(themeOf(goalCodes.get(goal.id)!)).goals.push({ text: goal.text, movement: goal.movement, status: goal.status });
  const noteThemes = new Map<number, Set<string>>();
  for (const { version_id, code } of noteCodes) {
    const set = noteThemes.get(version_id) ?? new Set<string>();
    set.add(themeOf(code));
    noteThemes.set(version_id, set);
  }
  for (const note of notes) for (const label of noteThemes.get(note.version_id) ?? []) theme(label).noteCount += 1;
  return [...themes.values()];
}

function incidentsOf(rows: StatusIncidentRecord[]): StatusIncidents {
  const byType = (kind: 'magtanvendelse' | 'utilsigtet-haendelse') => {
    const labels = INCIDENT_TYPES[kind];
    const of = rows.filter((row) => row.kind === kind);
    const counted = Object.entries(labels)
      .map(([key, type]) => ({ type, count: of.filter((row) => row.incident_type === key).length }))
      .filter((entry) => entry.count > 0);
    const untyped = of.filter((row) => row.incident_type === null || !(row.incident_type in labels)).length;
    if (untyped > 0) counted.push({ type: 'Uden type', count: untyped });
    return { counted, total: of.length };
  };
  const force = byType('magtanvendelse');
  const adverse = byType('utilsigtet-haendelse');
  return {
    forceByType: force.counted,
    forceTotal: force.total,
    forceUnreported: rows.filter((row) => row.kind === 'magtanvendelse' && row.reported === 0).length,
    adverseByType: adverse.counted,
    adverseTotal: adverse.total,
    hospitalStays: rows.filter((row) => row.kind === 'indlaeggelse').map((row) => ({ date: row.occurred_date, description: row.description })),
    rows: rows.map((row) => ({
      date: row.occurred_date,
      kind: INCIDENT_KIND_LABELS[row.kind],
      type: row.incident_type ? (INCIDENT_TYPES[row.kind][row.incident_type] ?? row.incident_type) : null,
      reported: row.reported === 1,
    })),
  };
}

export interface StatusSources {
  citizen: CitizenRecord;
  cpr: string;
  stay: StayRecord | undefined;
  placement: PlacementRecord | undefined;
  purpose: { text: string | null; date: string | null; receivedFrom: string | null };
  goals: Goal[];
  notes: StatusNoteRecord[];
  noteCodes: Array<{ version_id: number; code: string }>;
  incidents: StatusIncidentRecord[];
  draft: StatusDraft;
}

export function buildStatusModel(sources: StatusSources): StatusModel {
  const { citizen, stay, placement, draft } = sources;
  const from = draft.periodFrom;
  const to = draft.periodTo;
  const caseWorker = placement?.case_worker_name
    ? [placement.case_worker_name, placement.case_worker_phone, placement.case_worker_email].filter(Boolean).join(', ')
    : null;
  const stamdata: StatusStamdata = {
    name: `${citizen.first_name} ${citizen.last_name}`,
    cpr: sources.cpr,
    residence: stay?.residence_name ?? null,
    room: stay?.room ?? null,
    legalBasis: placement?.legal_basis ?? stay?.legal_basis ?? null,
    moveIn: stay?.move_in ?? null,
    moveOut: stay?.move_out ?? null,
    actingMunicipality: placement?.acting_name ?? null,
    payingMunicipality: placement?.paying_name ?? null,
    caseWorker,
    contactPerson: citizen.contact_name,
    guardian: citizen.guardian_name,
    periodFrom: from,
    periodTo: to,
    reason: STATUS_REASON_LABELS[draft.reason],
    reasonText: draft.reasonText,
  };
  const goals = orderedGoals(sources.goals, from, to);
  const goalCodes = new Map(sources.goals.map((goal) => [goal.id, goal.ffbCode]));
  const marked: StatusNote[] = sources.notes
    .filter((note) => note.for_status_report === 1)
    .map((note) => ({
      date: note.note_date,
      body: note.body,
      author: note.author,
      themes: [...new Set(sources.noteCodes.filter((item) => item.version_id === note.version_id).map((item) => themeOf(item.code)))],
    }));
  return {
    stamdata,
    purpose: sources.purpose,
    goals,
    themes: themesOf(goals, goalCodes, sources.notes, sources.noteCodes),
    notes: marked,
    incidents: incidentsOf(sources.incidents),
    assessment: draft.assessment,
    recommendation: draft.recommendation ? RECOMMENDATION_LABELS[draft.recommendation] : null,
    recommendationText: draft.recommendationText,
    nextFollowUp: draft.nextFollowUp,
    citizenRemarks: draft.citizenRemarks,
    guardianRemarks: draft.guardianRemarks,
    signer: { name: draft.signerName, title: draft.signerTitle },
  };
}
