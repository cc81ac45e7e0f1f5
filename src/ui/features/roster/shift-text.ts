// How a shift reads in Danish wherever it is named: "Man 02-03-2026 07:00–15:00 · Dagvagt".
import type { TFunction } from 'i18next';
import type { Shift } from '../../../contract/areas/roster';
import { formatDate } from '../../format/dates';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** 1 (Monday) … 7 (Sunday) -> "Man". */
export function weekdayShort(t: TFunction, weekday: number): string {
  return t(`roster.weekdays.${WEEKDAY_KEYS[(weekday - 1 + 7) % 7]!}`);
}

export function shiftTime(shift: Pick<Shift, 'start' | 'end'>): string {
  return `${shift.start}–${shift.end}`;
}

/** The weekday of an ISO date, 1 = Monday. */
export function isoWeekday(iso: string): number {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function shiftTitle(t: TFunction, shift: Shift): string {
  return `${weekdayShort(t, isoWeekday(shift.date))} ${formatDate(shift.date)} ${shiftTime(shift)} · ${shift.shiftTypeName}`;
}

/** Minutes -> hours with a Danish decimal comma when needed: 450 -> "7,5". */
export function hoursText(minutes: number): string {
  return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(minutes / 60);
}
