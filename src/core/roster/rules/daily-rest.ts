// 11-timers-reglen: at least `dailyRestMinutes` of rest between the end of one shift and the start
// of the next, on both sides of the candidate. Measured between UTC instants, so a night across a
// daylight-saving change counts its real hours. Exactly the limit passes. A single shift longer
// than 24 hours minus the rest leaves no such rest within 24 hours of its start either.
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type NearbyShift, type PersonFacts, type RosterLimits } from './rule-facts';
import { formatMinutes, formatShift, minutesBetween } from './rule-format';

export function checkDailyRest(shift: CandidateShift, person: PersonFacts, limits: RosterLimits): Violation[] {
  const required = limits.dailyRestMinutes;
  // Overlapping shifts are the overlap rule's business; here only the nearest shift on each side.
  let before: NearbyShift | undefined;
  let after: NearbyShift | undefined;
  for (const other of person.shifts) {
    if (other.endsAt <= shift.startsAt && (!before || other.endsAt > before.endsAt)) before = other;
    if (other.startsAt >= shift.endsAt && (!after || other.startsAt < after.startsAt)) after = other;
  }
  const violations: Violation[] = [];
  if (shift.minutes > 24 * 60 - required) {
    violations.push(violation('hviletid', `Vagten varer ${formatMinutes(shift.minutes)}, så der er ikke ${formatMinutes(required)} hvile inden for 24 t fra dens start`));
  }
  if (before) {
    const rest = minutesBetween(before.endsAt, shift.startsAt);
    if (rest < required) violations.push(violation('hviletid', `Kun ${formatMinutes(rest)} hvile mellem ${formatShift(before)} og denne (kræver ${formatMinutes(required)})`));
  }
  if (after) {
    const rest = minutesBetween(shift.endsAt, after.startsAt);
    if (rest < required) violations.push(violation('hviletid', `Kun ${formatMinutes(rest)} hvile mellem denne og ${formatShift(after)} (kræver ${formatMinutes(required)})`));
  }
  return violations;
}
