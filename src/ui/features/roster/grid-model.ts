// The roster grid's shape, worked out once from roster.grid: per staff member and day the shifts
// and absence, per day the open shifts and how many are missing against the staffing need.
import type { Absence, RosterGrid, Shift } from '../../../contract/areas/roster';

export interface StaffRow {
  staffId: number;
  name: string;
  employment: 'fast' | 'vikar';
  minutes: number;
  weeklyMinutes: number;
  /** Per date: the shifts that day, start first, and the absence covering it (if any). */
  days: Map<string, { shifts: Shift[]; absence: Absence | null }>;
}

export interface GridModel {
  rows: StaffRow[];
  open: Map<string, Shift[]>;
  /** Per date: staff missing against the need (0 when covered), or null without a need that day. */
  missing: Map<string, number | null>;
  lockedDates: Set<string>;
}

const byStart = (a: Shift, b: Shift) => a.startsAt.localeCompare(b.startsAt);

export function buildGridModel(grid: RosterGrid): GridModel {
  const dates = grid.days.map((day) => day.date);
  const rows: StaffRow[] = grid.staff.map((person) => ({
    ...person,
    days: new Map(
      dates.map((date) => [
        date,
        {
          shifts: grid.shifts.filter((shift) => shift.staffId === person.staffId && shift.date === date).sort(byStart),
          absence: grid.absences.find((absence) => absence.staffId === person.staffId && absence.from <= date && absence.to >= date) ?? null,
        },
      ]),
    ),
  }));
  const open = new Map(dates.map((date) => [date, grid.shifts.filter((shift) => shift.staffId === null && shift.date === date).sort(byStart)]));
  const missing = new Map<string, number | null>(
    dates.map((date) => {
      const lines = grid.coverage.filter((line) => line.date === date);
      if (!lines.some((line) => line.needed > 0)) return [date, null];
      return [date, lines.reduce((sum, line) => sum + Math.max(0, line.needed - line.staffed), 0)];
    }),
  );
  const lockedDates = new Set(dates.filter((date) => grid.locked.some((period) => period.from <= date && period.to >= date)));
  return { rows, open, missing, lockedDates };
}
