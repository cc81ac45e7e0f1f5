// The data the status report draws (built inside the request's transaction, plain JSON): the
// seven parts of the statusrapport's outline for one citizen and one period, labels already Danish.
import type { ProgressionPoint } from '../pdf/progression-chart';

export interface StatusStamdata {
  name: string;
  /** Masked (DDMMÅÅ-xxxx) unless the user chose, and may see, the full number. */
  cpr: string;
  residence: string | null;
  room: string | null;
  legalBasis: string | null;
  moveIn: string | null;
  moveOut: string | null;
  actingMunicipality: string | null;
  payingMunicipality: string | null;
  caseWorker: string | null;
  contactPerson: string | null;
  guardian: string | null;
  periodFrom: string;
  periodTo: string;
  reason: string;
  reasonText: string | null;
}

export interface StatusPurpose {
  text: string | null;
  date: string | null;
  receivedFrom: string | null;
}

export interface StatusEvaluation {
  date: string;
  /** "2 Moderat nedsat funktionsevne", or null when not assessed. */
  level: string | null;
  gas: string | null;
  supportNeed: string | null;
  note: string | null;
  by: string;
  closing: boolean;
}

export interface StatusGoal {
  id: number;
  /** A delmål names the goal it belongs to. */
  parentId: number | null;
  parentText: string | null;
  theme: string;
  text: string;
  citizenWords: string;
  goalType: string;
  status: string;
  startDate: string;
  responsible: string | null;
  actions: Array<{ title: string; method: string | null; status: string }>;
  /** The evaluations dated inside the period, oldest first. */
  evaluations: StatusEvaluation[];
  startLevel: string | null;
  currentLevel: string | null;
  startSupportNeed: string | null;
  currentSupportNeed: string | null;
  movement: string;
  /** Every scored evaluation up to the period's end, for the chart. */
  points: ProgressionPoint[];
  /** What happens next: the follow-up date, or how the goal was closed. */
  nextFollowUp: string | null;
  closedDate: string | null;
  closingNote: string | null;
  followUpDecision: string | null;
}

export interface StatusTheme {
  theme: string;
  /** The goals (texts) under this theme, with their movement. */
  goals: Array<{ text: string; movement: string; status: string }>;
  /** How many notes in the period were written about the theme. */
  noteCount: number;
}

export interface StatusNote {
  date: string;
  body: string;
  author: string;
  themes: string[];
}

export interface StatusIncidents {
  /** Magtanvendelser by type, in the order of the law's types; only types that occurred. */
  forceByType: Array<{ type: string; count: number }>;
  forceTotal: number;
  forceUnreported: number;
  adverseByType: Array<{ type: string; count: number }>;
  adverseTotal: number;
  hospitalStays: Array<{ date: string; description: string }>;
  /** Every incident in the period, oldest first. */
  rows: Array<{ date: string; kind: string; type: string | null; reported: boolean }>;
}

export interface StatusModel {
  stamdata: StatusStamdata;
  purpose: StatusPurpose;
  goals: StatusGoal[];
  themes: StatusTheme[];
  notes: StatusNote[];
  incidents: StatusIncidents;
  assessment: string | null;
  recommendation: string | null;
  recommendationText: string | null;
  nextFollowUp: string | null;
  citizenRemarks: string | null;
  guardianRemarks: string | null;
  signer: { name: string | null; title: string | null };
}
