// The data the substitute-hours report (vikartimer) draws: one row per substitute for a month,
// with the supplement hours and pay, built inside the request's transaction, plain JSON.

export interface SubstituteHoursRow {
  name: string;
  employeeNumber: string | null;
  shifts: number;
  minutes: number;
  eveningMinutes: number;
  nightMinutes: number;
  weekendMinutes: number;
  holidayMinutes: number;
  /** Where the substitute worked this month, Danish order. */
  residences: string[];
  /** Pay with supplements in øre; null when no hourly rate is known. */
  costOre: number | null;
}

export interface SubstituteHoursModel {
  month: string;
  monthLabel: string;
  rows: SubstituteHoursRow[];
  totals: Omit<SubstituteHoursRow, 'name' | 'employeeNumber' | 'residences'> & { residences: number };
  /** Substitutes without an hourly rate (their pay is not in the total). */
  withoutRate: number;
}
