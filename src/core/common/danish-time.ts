// Danish calendar days as instants: the audit log and other timestamps are stored in UTC, but a
// person choosing "05-03-2026" means that day in Denmark (Europe/Copenhagen, with summer time).
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/** The UTC instant (ISO string) at which the Danish calendar day `isoDate` begins. */
export function danishDayStart(isoDate: string): string {
  return dayjs.tz(isoDate, DANISH_TIME_ZONE).toISOString();
}

/** The UTC instant at which the Danish day after `isoDate` begins: the exclusive end of that day. */
export function danishDayEnd(isoDate: string): string {
  // Add the day to the calendar date, not to the instant: a day with a clock change lasts 23 or 25 hours.
  return danishDayStart(dayjs(isoDate).add(1, 'day').format('YYYY-MM-DD'));
}

// Formatting through one cached Intl formatter is ~100× faster than dayjs.tz per call, and "today"
// is asked for on every visibility check. en-CA formats as YYYY-MM-DD.
const danishDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: DANISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar date (YYYY-MM-DD) of an instant. */
export function danishDate(instant: Date | string): string {
  return danishDayFormat.format(new Date(instant));
}
