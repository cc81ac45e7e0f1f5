// Turns one week of the roster grid (roster.grid) into the printed ugeplan's model: a row per
// staff member with "D 07–15" per day and their absence, the open shifts, holidays and coverage.
import type { RosterGrid, Shift } from '../../contract/areas/roster';
import { ABSENCE_KIND_LABELS, type ShiftKind } from '../../contract/roster-terms';
import type { RosterCellEntry, WeeklyRosterModel } from './models/weekly-roster-model';

export const SHIFT_LETTERS: Record<ShiftKind, string> = { dag: 'D', aften: 'A', nat: 'N' };

/** "07" for 07:00, "07:30" otherwise. */
const clock = (time: string): string => (time.endsWith(':00') ? time.slice(0, 2) : time);

/** "D 07–15", "N 23–07 sov" for a sleeping night. */
export function shiftLabel(shift: Pick<Shift, 'kind' | 'start' | 'end' | 'sleeping'>): string {
  return `${SHIFT_LETTERS[shift.kind]} ${clock(shift.start)}–${clock(shift.end)}${shift.sleeping ? ' sov' : ''}`;
}

const emptyWeek = (): RosterCellEntry[][] => Array.from({ length: 7 }, () => []);

export function weeklyRosterModel(
  residenceName: string,
  week: { week: number; year: number },
  grid: RosterGrid,
  shiftTypes: ReadonlyArray<{ name: string; kind: ShiftKind; start_time: string; end_time: string }>,
): WeeklyRosterModel {
  const dayIndex = new Map(grid.days.map((day, index) => [day.date, index]));
  const cellsOf = new Map<number, RosterCellEntry[][]>(grid.staff.map((s) => [s.staffId, emptyWeek()]));
  const open = emptyWeek();
  for (const shift of grid.shifts) {
    const index = dayIndex.get(shift.date);
    if (index === undefined) continue;
    const cells = shift.staffId === null ? open : cellsOf.get(shift.staffId);
    cells?.[index]!.push({ kind: 'shift', text: shiftLabel(shift) });
  }
  for (const absence of grid.absences) {
    const cells = cellsOf.get(absence.staffId);
    if (!cells) continue;
    grid.days.forEach((day, index) => {
      if (day.date >= absence.from && day.date <= absence.to) cells[index]!.push({ kind: 'absence', text: ABSENCE_KIND_LABELS[absence.kind] });
    });
  }
  return {
    residenceName,
    week: week.week,
    isoYear: week.year,
    from: grid.from,
    to: grid.to,
    days: grid.days.map((day) => {
      const covered = grid.coverage.filter((c) => c.date === day.date);
      const needed = covered.reduce((sum, c) => sum + c.needed, 0);
      return {
        date: day.date,
        weekday: day.weekday,
        holiday: day.holiday,
        // A surplus on one shift type does not hide a gap on another.
        coverage: needed > 0 ? { staffed: covered.reduce((sum, c) => sum + Math.min(c.staffed, c.needed), 0), needed } : null,
      };
    }),
    rows: grid.staff.map((s) => ({ name: s.name, employment: s.employment, cells: cellsOf.get(s.staffId)!, minutes: s.minutes, weeklyMinutes: s.weeklyMinutes })),
    open,
    legend: shiftTypes.map((t) => ({ letter: SHIFT_LETTERS[t.kind], name: t.name, times: `${t.start_time}–${t.end_time}` })),
  };
}
