// The words of the pædagogisk plan that are not FFB codes: goal status and outcome, the
// Kvalitetsmodel's themes, the three effect dimensions, GAS, actions, meetings, deadlines and
// incidents. Keys are stored; labels are Danish (the UI's English lives in its dictionaries).
import { FFB_GOAL_TYPES } from './ffb';

export const GOAL_TYPES = ['fastholde', 'udvikle', 'begraense-tab'] as const satisfies readonly (typeof FFB_GOAL_TYPES)[number]['key'][];
export type GoalType = (typeof GOAL_TYPES)[number];

export const GOAL_STATUSES = ['aktiv', 'opnaaet', 'delvist-opnaaet', 'ikke-opnaaet', 'afsluttet'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
/** How a goal may be closed ("let go when the goal is reached"). */
export const GOAL_OUTCOMES = ['opnaaet', 'delvist-opnaaet', 'ikke-opnaaet', 'afsluttet'] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  aktiv: 'Aktiv',
  opnaaet: 'Opnået',
  'delvist-opnaaet': 'Delvist opnået',
  'ikke-opnaaet': 'Ikke opnået',
  afsluttet: 'Afsluttet',
};

/** Socialtilsynet's Kvalitetsmodel themes: goals may be tagged so the provider can show evidence. */
export const QUALITY_THEMES = [
  'uddannelse-beskaeftigelse',
  'selvstaendighed-relationer',
  'maalgrupper-metoder-resultater',
  'sundhed-trivsel',
  'organisation-ledelse',
  'kompetencer',
  'fysiske-rammer',
  'oekonomi',
] as const;
export type QualityTheme = (typeof QUALITY_THEMES)[number];
export const QUALITY_THEME_LABELS: Record<QualityTheme, string> = {
  'uddannelse-beskaeftigelse': 'Uddannelse og beskæftigelse',
  'selvstaendighed-relationer': 'Selvstændighed og relationer',
  'maalgrupper-metoder-resultater': 'Målgrupper, metoder og resultater',
  'sundhed-trivsel': 'Sundhed og trivsel',
  'organisation-ledelse': 'Organisation og ledelse',
  kompetencer: 'Kompetencer',
  'fysiske-rammer': 'Fysiske rammer',
  oekonomi: 'Økonomi',
};

/** The three effect dimensions municipal strategies report on; FFB themes map to them (a setting). */
export const EFFECT_DIMENSIONS = ['laering-selvforsoergelse', 'netvaerk-medborgerskab', 'personlig-udvikling'] as const;
export type EffectDimension = (typeof EFFECT_DIMENSIONS)[number];
export const EFFECT_DIMENSION_LABELS: Record<EffectDimension, string> = {
  'laering-selvforsoergelse': 'Læring og selvforsørgelse',
  'netvaerk-medborgerskab': 'Netværk og medborgerskab',
  'personlig-udvikling': 'Personlig udvikling',
};

/** Goal-attainment scaling: −2…+2, 0 = the expected outcome. Higher is better. */
export const GAS_MIN = -2;
export const GAS_MAX = 2;
export const GAS_LABELS: Record<string, string> = {
  '-2': 'Meget mindre end forventet',
  '-1': 'Mindre end forventet',
  '0': 'Forventet niveau',
  '1': 'Mere end forventet',
  '2': 'Meget mere end forventet',
};

/**
 * A goal's movement from its first to its latest scored evaluation: funktionsevneniveau when both
 * have one (lower is better), else GAS (higher is better). Fewer than two: 'ukendt'.
 */
export const MOVEMENTS = ['frem', 'uaendret', 'tilbage', 'ukendt'] as const;
export type Movement = (typeof MOVEMENTS)[number];
export const MOVEMENT_LABELS: Record<Movement, string> = {
  frem: 'Fremgang',
  uaendret: 'Uændret',
  tilbage: 'Tilbagegang',
  ukendt: 'For få evalueringer',
};

export const ACTION_STATUSES = ['planlagt', 'igang', 'afsluttet'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { planlagt: 'Planlagt', igang: 'I gang', afsluttet: 'Afsluttet' };
/** Suggestions for an action's method; the field is free text. */
export const ACTION_METHOD_SUGGESTIONS = [
  'Recovery',
  'Livsmestring',
  'Mentalisering',
  'KRAP',
  'Low arousal',
  'Motiverende samtale',
  'Struktureret pædagogik (TEACCH)',
  'Social færdighedstræning',
  'Jeg-støttende samtale',
] as const;

export const MEETING_KINDS = ['foerste-opfoelgning', 'statusmoede', 'opfoelgning'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  'foerste-opfoelgning': 'Første opfølgning',
  statusmoede: 'Statusmøde',
  opfoelgning: 'Opfølgningsmøde',
};
export const FOLLOW_UP_DECISIONS = ['fortsaet', 'afslut', 'afslut-visiter'] as const;
export type FollowUpDecision = (typeof FOLLOW_UP_DECISIONS)[number];

/** Deadlines (frister): first follow-up within 3 months of move-in, a yearly status meeting, each goal's follow-up. */
export const DEADLINE_KINDS = ['foerste-opfoelgning', 'statusmoede', 'maal-opfoelgning'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  'foerste-opfoelgning': 'Første opfølgning (3 måneder efter indflytning)',
  statusmoede: 'Årligt statusmøde',
  'maal-opfoelgning': 'Opfølgning på mål',
};
export const FIRST_FOLLOW_UP_MONTHS = 3;
export const STATUS_MEETING_MONTHS = 12;
export const DEADLINE_STATES = ['overskredet', 'snart'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const INCIDENT_KINDS = ['magtanvendelse', 'utilsigtet-haendelse', 'indlaeggelse'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  magtanvendelse: 'Magtanvendelse',
  'utilsigtet-haendelse': 'Utilsigtet hændelse',
  indlaeggelse: 'Hospitalsindlæggelse',
};
/** The types a kind of incident is registered with; a hospital stay has none. */
export const INCIDENT_TYPES: Record<IncidentKind, Record<string, string>> = {
  magtanvendelse: {
    fastholdelse: 'Fastholdelse',
    foerelse: 'Føring til andet rum',
    tilbageholdelse: 'Tilbageholdelse i boligen',
    skaermning: 'Skærmning',
    alarm: 'Personlig alarm- eller pejlesystem',
    beskyttelse: 'Beskyttelsesmidler (fx stofseler)',
    andet: 'Anden magtanvendelse',
  },
  'utilsigtet-haendelse': {
    medicin: 'Medicinering',
    fald: 'Fald',
    vold: 'Vold eller trusler',
    selvskade: 'Selvskade',
    andet: 'Andet',
  },
  indlaeggelse: {},
};
