// Vikaren kan ikke: the person has said 'kan ikke' for the shift's date, the whole day or this
// kind of shift.
import type { Violation } from '../../../contract/areas/roster';
import { SHIFT_KIND_LABELS } from '../../../contract/roster-terms';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts } from './rule-facts';
import { formatDay } from './rule-format';

export function checkAvailability(shift: CandidateShift, person: PersonFacts): Violation[] {
  if (person.unavailable.length === 0) return [];
  const what = person.unavailable.includes('hele') ? 'hele dagen' : SHIFT_KIND_LABELS[shift.kind].toLowerCase();
  return [violation('utilgaengelig', `Har meldt "kan ikke" ${formatDay(shift.date)} (${what})`)];
}
