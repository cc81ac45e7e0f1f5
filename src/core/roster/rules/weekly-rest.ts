// Ugentligt fridøgn: within 7×24 hours there must be a continuous rest of at least
// `weeklyRestMinutes` (35 hours: a free day adjoining a daily rest). Rolling, not per calendar
// week, so it holds across a week boundary (Saturday evening to Monday morning counts).
//
// The algorithm, on whole minutes of UTC time (so daylight-saving nights count their real hours):
// 1. Merge the person's shifts around the candidate, and the candidate, into busy stretches. The
//    free time between them is rest; before the first and after the last loaded shift it is
//    unbounded (the loader fetches every shift reaching into 8 days either side).
// 2. Rests of at least 35 hours are weekly rests. They cut the timeline into work blocks: from the
//    end of one weekly rest to the start of the next.
// 3. The 7-day period starts when a weekly rest ends, and the next weekly rest must fit inside it,
//    so a work block may last at most 7×24 h − 35 h = 133 hours. Only the block holding the
//    candidate can be changed by taking it, so only that block is measured. (A block longer than
//    the 8-day horizon is over the limit anyway.)
// A window sliding minute by minute that clips the rests at its edges would be wrong: it rejects an
// ordinary Monday-Friday week (a window from Saturday 23:00 sees only 32 hours of each weekend).
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type NearbyShift, type PersonFacts, type RosterLimits } from './rule-facts';
import { formatMinutes, formatShift } from './rule-format';

const WEEK = 7 * 24 * 60;
const toMinute = (instant: string) => Math.round(Date.parse(instant) / 60_000);
const name = (shift: NearbyShift | null) => (shift ? formatShift(shift) : 'denne vagt');

interface Busy {
  from: number;
  to: number;
  /** The first and last shift of the stretch (null: the candidate), named only when reported. */
  first: NearbyShift | null;
  last: NearbyShift | null;
  candidate: boolean;
}

export function checkWeeklyRest(shift: CandidateShift, person: PersonFacts, limits: RosterLimits): Violation[] {
  const required = limits.weeklyRestMinutes;
  const intervals = [
    { from: toMinute(shift.startsAt), to: toMinute(shift.endsAt), shift: null as NearbyShift | null, candidate: true },
    ...person.shifts.map((other) => ({ from: toMinute(other.startsAt), to: toMinute(other.endsAt), shift: other as NearbyShift | null, candidate: false })),
  ].sort((a, b) => a.from - b.from || a.to - b.to);

  const busy: Busy[] = [];
  for (const interval of intervals) {
    const last = busy.at(-1);
    if (last && interval.from <= last.to) {
      if (interval.to >= last.to) {
        last.to = interval.to;
        last.last = interval.shift;
      }
      last.candidate ||= interval.candidate;
    } else busy.push({ from: interval.from, to: interval.to, first: interval.shift, last: interval.shift, candidate: interval.candidate });
  }

  // The work block around the candidate: extend both ways until a rest of at least `required`.
  const at = busy.findIndex((stretch) => stretch.candidate);
  let first = at;
  while (first > 0 && busy[first]!.from - busy[first - 1]!.to < required) first -= 1;
  let last = at;
  while (last < busy.length - 1 && busy[last + 1]!.from - busy[last]!.to < required) last += 1;

  const start = busy[first]!;
  const end = busy[last]!;
  const length = end.to - start.from;
  const allowed = WEEK - required;
  if (length <= allowed) return [];

  let longest = 0;
  let longestAfter: NearbyShift | null = null;
  for (let index = first; index < last; index += 1) {
    const rest = busy[index + 1]!.from - busy[index]!.to;
    if (rest > longest) {
      longest = rest;
      longestAfter = busy[index]!.last;
    }
  }
  const between = longest > 0 ? `; længste hvile imellem er ${formatMinutes(longest)} efter ${name(longestAfter)}` : '';
  return [
    violation(
      'fridoegn',
      `Ingen hvile på ${formatMinutes(required)} inden for 7 døgn: fra ${name(start.first)} til og med ${name(end.last)} går der ${formatMinutes(length)} (højst ${formatMinutes(allowed)})${between}`,
    ),
  ];
}
