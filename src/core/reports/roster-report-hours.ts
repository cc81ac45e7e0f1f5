// Turns the roster's hours per substitute (roster.hours, employment 'vikar') into the vikartimer
// report's model: a row per substitute with the residences worked, and the month's totals.
import type { StaffHours } from '../../contract/areas/roster';
import type { SubstituteHoursModel } from './models/substitute-hours-model';

export function substituteHoursModel(
  month: string,
  monthLabel: string,
  hours: readonly StaffHours[],
  worked: ReadonlyArray<{ staff_id: number; name: string }>,
): SubstituteHoursModel {
  const residencesOf = new Map<number, string[]>();
  for (const row of worked) residencesOf.set(row.staff_id, [...(residencesOf.get(row.staff_id) ?? []), row.name]);
  const rows = hours.map((h) => ({
    name: h.name,
    employeeNumber: h.employeeNumber,
    shifts: h.shifts,
    minutes: h.minutes,
    eveningMinutes: h.eveningMinutes,
    nightMinutes: h.nightMinutes,
    weekendMinutes: h.weekendMinutes,
    holidayMinutes: h.holidayMinutes,
    residences: residencesOf.get(h.staffId) ?? [],
    costOre: h.costOre,
  }));
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const priced = rows.filter((row) => row.costOre !== null);
  return {
    month,
    monthLabel,
    rows,
    totals: {
      shifts: sum((r) => r.shifts),
      minutes: sum((r) => r.minutes),
      eveningMinutes: sum((r) => r.eveningMinutes),
      nightMinutes: sum((r) => r.nightMinutes),
      weekendMinutes: sum((r) => r.weekendMinutes),
      holidayMinutes: sum((r) => r.holidayMinutes),
      residences: new Set(worked.map((w) => w.name)).size,
      costOre: priced.length > 0 ? priced.reduce((total, row) => total + row.costOre!, 0) : null,
    },
    withoutRate: rows.length - priced.length,
  };
}
