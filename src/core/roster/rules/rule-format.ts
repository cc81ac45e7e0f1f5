// The figures in a violation's Danish message: durations ("9 t 30 min"), dates ("02-03") and the
// neighbouring shift ("02-03 15:00-23:00"), so every rule writes them the same way.
import type { NearbyShift } from './rule-facts';

/** 570 → "9 t 30 min", 660 → "11 t", 45 → "45 min". */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} t` : `${sign}${hours} t ${rest} min`;
}

/** 2026-03-02 → "02-03". */
export function formatDay(date: string): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}`;
}

/** 2026-03-02 → "02-03-2026". */
export function formatDate(date: string): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

/** "vagten 02-03 15:00-23:00". */
export function formatShift(shift: Pick<NearbyShift, 'date' | 'start' | 'end'>): string {
  return `vagten ${formatDay(shift.date)} ${shift.start}-${shift.end}`;
}

export const minutesBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
