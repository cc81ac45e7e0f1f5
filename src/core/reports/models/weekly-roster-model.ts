// The data the printed weekly plan (ugeplan) draws: one row per staff member and the open shifts
// over the seven days of an ISO week, built inside the request's transaction, plain JSON.

/** One entry in a day's cell: a shift ("D 07–15") or an absence ("Sygdom"). */
export interface RosterCellEntry {
  kind: 'shift' | 'absence';
  text: string;
}

export interface WeeklyRosterDay {
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The public holiday's Danish name, or null. */
  holiday: string | null;
  /** Staffed and needed shifts that day from the staffing need; null when no need is set that day. */
  coverage: { staffed: number; needed: number } | null;
}

export interface WeeklyRosterRow {
  name: string;
  employment: 'fast' | 'vikar';
  /** Seven cells, Monday first. */
  cells: RosterCellEntry[][];
  /** Minutes planned this week (at every residence). */
  minutes: number;
  /** Normtid per week; 0 for a substitute. */
  weeklyMinutes: number;
}

export interface WeeklyRosterModel {
  residenceName: string;
  week: number;
  isoYear: number;
  from: string;
  to: string;
  days: WeeklyRosterDay[];
  rows: WeeklyRosterRow[];
  /** The open shifts (ledige vagter) per day, Monday first. */
  open: RosterCellEntry[][];
  /** The shift types' letters and names, for the legend: "D = Dagvagt 07:00–15:00". */
  legend: Array<{ letter: string; name: string; times: string }>;
}
