// Ugentligt fridøgn: in every period of 7×24 hours there must be a continuous rest of at least
// `weeklyRestMinutes` (35 hours: a free day adjoining a daily rest). Rolling, so it holds across a
// week boundary (a rest from Saturday evening to Monday morning counts).
//
// The algorithm, on whole minutes of UTC time (so daylight-saving nights count their real hours):
// 1. Merge the person's shifts around the candidate, and the candidate, into busy intervals. The
//    free stretches between them are the rests; before the first and after the last loaded shift
//    the rest is unbounded (the loader fetches every shift that can reach into the horizon).
// 2. A window [t, t + 7 d) holds a whole required rest R of the free stretch [s, e) exactly when
//    s + R - 7 d ≤ t ≤ e - R. So each long enough rest makes an interval of "good" window starts.
// 3. Only windows that contain part of the candidate can be broken by taking it: t in
//    (start - 7 d, end). The rule is broken when the good intervals do not cover that range; the
//    first uncovered t is the window reported, with its longest rest.
// O(n log n) in the person's shifts, no stepping through the week minute by minute.
import type { Violation } from '../../../contract/areas/roster';
import { localParts } from '../shift-times';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts, type RosterLimits } from './rule-facts';
import { formatDay, formatMinutes, formatShift } from './rule-format';

const WEEK = 7 * 24 * 60;
const toMinute = (instant: string) => Math.round(Date.parse(instant) / 60_000);

interface Busy {
  from: number;
  to: number;
  /** How to name the shift that ends this busy stretch ("denne" for the candidate). */
  endLabel: string;
  startLabel: string;
}

export function checkWeeklyRest(shift: CandidateShift, person: PersonFacts, limits: RosterLimits): Violation[] {
  const required = limits.weeklyRestMinutes;
  const intervals = [
    { from: toMinute(shift.startsAt), to: toMinute(shift.endsAt), label: 'denne vagt' },
    ...person.shifts.map((other) => ({ from: toMinute(other.startsAt), to: toMinute(other.endsAt), label: formatShift(other) })),
  ].sort((a, b) => a.from - b.from || a.to - b.to);

  const busy: Busy[] = [];
  for (const interval of intervals) {
    const last = busy.at(-1);
    if (last && interval.from <= last.to) {
      if (interval.to >= last.to) {
        last.to = interval.to;
        last.endLabel = interval.label;
      }
    } else busy.push({ from: interval.from, to: interval.to, startLabel: interval.label, endLabel: interval.label });
  }

  // The rests: free stretches [from, to) with the shifts on either side (null: unbounded).
  const rests: { from: number; to: number; after: string | null; before: string | null }[] = [];
  let previous: Busy | null = null;
  for (const stretch of busy) {
    rests.push({ from: previous ? previous.to : -Infinity, to: stretch.from, after: previous ? previous.endLabel : null, before: stretch.startLabel });
    previous = stretch;
  }
  if (previous) rests.push({ from: previous.to, to: Infinity, after: previous.endLabel, before: null });

  const good = rests
    .filter((rest) => rest.to - rest.from >= required)
    .map((rest) => ({ from: rest.from + required - WEEK, to: rest.to - required }))
    .sort((a, b) => a.from - b.from);

  // Is every window start t in [lo, hi] covered by a good interval?
  const lo = toMinute(shift.startsAt) - WEEK + 1;
  const hi = toMinute(shift.endsAt) - 1;
  let covered = lo - 1;
  for (const interval of good) {
    if (interval.from > covered + 1) break;
    covered = Math.max(covered, interval.to);
    if (covered >= hi) return [];
  }
  const windowStart = covered + 1;
  const windowEnd = windowStart + WEEK;

  let longest = 0;
  let longestRest: (typeof rests)[number] | null = null;
  for (const rest of rests) {
    const length = Math.min(rest.to, windowEnd) - Math.max(rest.from, windowStart);
    if (length > longest) {
      longest = length;
      longestRest = rest;
    }
  }
  const local = localParts(new Date(windowStart * 60_000).toISOString());
  const where = !longestRest ? '' : longestRest.after ? ` efter ${longestRest.after}` : longestRest.before ? ` før ${longestRest.before}` : '';
  return [
    violation(
      'fridoegn',
      `Ingen sammenhængende hvile på ${formatMinutes(required)} i 7 døgn fra ${formatDay(local.date)} ${local.time}: længste hvile er ${formatMinutes(Math.max(0, longest))}${where}`,
    ),
  ];
}
