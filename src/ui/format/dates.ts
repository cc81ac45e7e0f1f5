// Danish date display: dd-mm-åååå, dd-mm-åååå HH:mm, ISO week numbers. The wire format is ISO.
import dayjs from 'dayjs';

export const DATE_FORMAT = 'DD-MM-YYYY';
export const DATE_TIME_FORMAT = 'DD-MM-YYYY HH:mm';

type DateLike = string | Date | null | undefined;

/** `2026-11-23` or a timestamp -> `23-11-2026`; empty for no value. */
export function formatDate(value: DateLike): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_FORMAT) : '';
}

/** A timestamp -> `23-11-2026 14:05` in local time. */
export function formatDateTime(value: DateLike): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_TIME_FORMAT) : '';
}

/** ISO 8601 week number (uge), as Danish calendars count them. */
export function isoWeekNumber(value: DateLike): number | null {
  if (!value) return null;
  const date = dayjs(value);
  return date.isValid() ? date.isoWeek() : null;
}

/** A Date or picker value -> the contract's `YYYY-MM-DD`. */
export function toIsoDate(value: DateLike): string | null {
  if (!value) return null;
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY-MM-DD') : null;
}

/** A timestamp with seconds, for the log: `23-11-2026 14:05:09`. */
export function formatTimestamp(value: DateLike): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(`${DATE_TIME_FORMAT}:ss`) : '';
}

/** What every date picker in Kerne shares: Danish dd-mm-åååå and ISO week numbers beside each Monday-first week. */
export const DATE_PICKER_DEFAULTS = { valueFormat: DATE_FORMAT, withWeekNumbers: true } as const;

/** Today as the contract's `YYYY-MM-DD`, on this computer's calendar. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** The first and last day of the current month: the default period for occupancy. */
export function currentMonthRange(): [string, string] {
  const now = dayjs();
  return [now.startOf('month').format('YYYY-MM-DD'), now.endOf('month').format('YYYY-MM-DD')];
}
