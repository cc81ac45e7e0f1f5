// Periods of stays as inclusive calendar-day ranges (a stay covers move-in through move-out; an
// open stay has no end): overlap, and which days a changed stay newly covers.
import { addDays } from './calendar-days';

export interface DateRange {
  from: string;
  /** Inclusive last day; null when open-ended. */
  to: string | null;
}

const END_OF_TIME = '9999-12-31';
const last = (range: DateRange): string => range.to ?? END_OF_TIME;

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.from <= last(b) && b.from <= last(a);
}

/** The days of `next` that `previous` did not cover (0, 1 or 2 ranges), e.g. when a stay is extended. */
export function addedRanges(previous: DateRange, next: DateRange): DateRange[] {
  if (!rangesOverlap(previous, next)) return [next];
  const added: DateRange[] = [];
  if (next.from < previous.from) added.push({ from: next.from, to: addDays(previous.from, -1) });
  if (previous.to !== null && last(next) > previous.to) added.push({ from: addDays(previous.to, 1), to: next.to });
  return added;
}
