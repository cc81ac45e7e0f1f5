// Overlap (hard): a person cannot be on two shifts at once. Half-open intervals, so a shift ending
// 15:00 and one starting 15:00 do not overlap (the 11-hour rule speaks about that).
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts } from './rule-facts';
import { formatShift } from './rule-format';

export function checkOverlap(shift: CandidateShift, person: PersonFacts): Violation[] {
  return person.shifts
    .filter((other) => other.startsAt < shift.endsAt && other.endsAt > shift.startsAt)
    .map((other) => violation('overlap', `Overlapper ${formatShift(other)}`));
}
