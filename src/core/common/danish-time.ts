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
  return dayjs.tz(isoDate, DANISH_TIME_ZONE).add(1, 'day').toISOString();
}

/** The Danish calendar date (YYYY-MM-DD) of an instant. */
export function danishDate(instant: Date | string): string {
  return dayjs(instant).tz(DANISH_TIME_ZONE).format('YYYY-MM-DD');
}
