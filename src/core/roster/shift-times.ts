// A shift's local date and clock times in Danish time turned into UTC instants, so lengths and
// rest periods are right across daylight-saving changes (a night 23:00-07:00 is 9 hours on the
// last Sunday of October and 7 on the last Sunday of March). One place for this arithmetic.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { ROSTER_TIME_ZONE } from '../../contract/roster-terms';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface ShiftInstants {
  /** ISO UTC instants, e.g. 2026-03-02T14:00:00.000Z. */
  startsAt: string;
  endsAt: string;
  minutes: number;
}

/** `date` at local `time` (HH:MM) in Danish time, as a UTC ISO instant. */
export function localInstant(date: string, time: string): string {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', ROSTER_TIME_ZONE).toISOString();
}

/** The instants of a shift starting on `date` at `start` and ending at `end` (the next day when end ≤ start). */
export function shiftInstants(date: string, start: string, end: string): ShiftInstants {
  const endDate = end <= start ? dayjs(date).add(1, 'day').format('YYYY-MM-DD') : date;
  const startsAt = localInstant(date, start);
  const endsAt = localInstant(endDate, end);
  return { startsAt, endsAt, minutes: Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000) };
}

/** The length of `start`-`end` on an ordinary day, in minutes (end ≤ start: over midnight). */
export function nominalMinutes(start: string, end: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const length = toMinutes(end) - toMinutes(start);
  return length > 0 ? length : length + 24 * 60;
}

/** The Danish local date and clock time of a UTC instant. */
export function localParts(instant: string): { date: string; time: string; weekday: number } {
  const local = dayjs(instant).tz(ROSTER_TIME_ZONE);
  return { date: local.format('YYYY-MM-DD'), time: local.format('HH:mm'), weekday: ((local.day() + 6) % 7) + 1 };
}
