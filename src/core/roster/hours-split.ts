// Splits a shift's UTC interval at Danish local boundaries into the minutes that earn a supplement:
// evening (evening_from to night_from), night (night_from to night_to, the next morning when it is
// earlier), weekend (Saturday 00:00 to Monday 00:00) and holiday (the whole holiday date). Each
// boundary is a local time turned into an instant, so a night across a daylight-saving change is right.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { danishDate } from '../common/danish-time';
import { holidayOn } from './danish-holidays';
import { localInstant } from './shift-times';

dayjs.extend(utc);

export interface SupplementTimes {
  eveningFrom: string;
  nightFrom: string;
  nightTo: string;
}

export interface SupplementMinutes {
  eveningMinutes: number;
  nightMinutes: number;
  weekendMinutes: number;
  holidayMinutes: number;
}

// A month's shifts share a few dozen dates and boundaries: compute each once (dayjs.tz is slow).
const days = new Map<string, { previous: string; next: string; weekend: boolean; holiday: boolean }>();
function day(date: string) {
  let value = days.get(date);
  if (value === undefined) {
    if (days.size > 50_000) days.clear();
    const d = dayjs.utc(date);
    value = { previous: d.subtract(1, 'day').format('YYYY-MM-DD'), next: d.add(1, 'day').format('YYYY-MM-DD'), weekend: d.day() === 6 || d.day() === 0, holiday: holidayOn(date) !== null };
    days.set(date, value);
  }
  return value;
}
const nextDay = (date: string) => day(date).next;
const instants = new Map<string, number>();
function instant(date: string, time: string): number {
  const key = `${date} ${time}`;
  let value = instants.get(key);
  if (value === undefined) {
    if (instants.size > 50_000) instants.clear();
    value = Date.parse(localInstant(date, time));
    instants.set(key, value);
  }
  return value;
}

/** Minutes `[start, end)` shares with the local window from `date` `from` to `to` (the next day when `to` ≤ `from`). */
function overlap(start: number, end: number, date: string, from: string, to: string): number {
  const windowStart = instant(date, from);
  const windowEnd = instant(to <= from ? nextDay(date) : date, to);
  return Math.max(0, Math.min(end, windowEnd) - Math.max(start, windowStart)) / 60_000;
}

export function splitShift(startsAt: string, endsAt: string, times: SupplementTimes): SupplementMinutes {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  const result: SupplementMinutes = { eveningMinutes: 0, nightMinutes: 0, weekendMinutes: 0, holidayMinutes: 0 };
  // From the day before the start (a night window begun the evening before) to the day the shift ends.
  const last = danishDate(endsAt);
  for (let date = day(danishDate(startsAt)).previous; date <= last; date = nextDay(date)) {
    result.eveningMinutes += overlap(start, end, date, times.eveningFrom, times.nightFrom);
    result.nightMinutes += overlap(start, end, date, times.nightFrom, times.nightTo);
    const { weekend, holiday } = day(date);
    if (weekend || holiday) {
      const whole = overlap(start, end, date, '00:00', '00:00');
      if (weekend) result.weekendMinutes += whole;
      if (holiday) result.holidayMinutes += whole;
    }
  }
  return {
    eveningMinutes: Math.round(result.eveningMinutes),
    nightMinutes: Math.round(result.nightMinutes),
    weekendMinutes: Math.round(result.weekendMinutes),
    holidayMinutes: Math.round(result.holidayMinutes),
  };
}
