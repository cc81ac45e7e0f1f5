// Capacity of a residence over a period: sweeps the other stays' first and last days to find the
// first day on which they already take every place, so one more stay would be one too many.
import { earlierDate, laterDate } from './calendar-days';
import type { DateRange } from './stay-periods';

/** The first day within `period` on which `others` (inclusive ranges) fill all `places`, or null. */
export function firstFullDay(others: readonly DateRange[], period: DateRange, places: number): string | null {
  if (places <= 0) return period.from;
  // A stay counts from its first day through its last: on one day, arrivals count before departures.
  const events: Array<{ day: string; arrival: boolean }> = [];
  for (const stay of others) {
    const from = laterDate(stay.from, period.from);
    const to = stay.to === null ? period.to : period.to === null ? stay.to : earlierDate(stay.to, period.to);
    if (to !== null && from > to) continue;
    events.push({ day: from, arrival: true });
    if (to !== null) events.push({ day: to, arrival: false });
  }
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : Number(b.arrival) - Number(a.arrival)));
  let occupied = 0;
  for (const [index, event] of events.entries()) {
    if (!event.arrival) {
      occupied -= 1;
      continue;
    }
    occupied += 1;
    const next = events[index + 1];
    // Checked once a day's arrivals are in; every arrival day lies within the period.
    const lastArrivalOfDay = !next || next.day !== event.day || !next.arrival;
    if (lastArrivalOfDay && occupied >= places) return event.day;
  }
  return null;
}
