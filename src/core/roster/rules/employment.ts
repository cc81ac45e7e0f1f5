// Ikke ansat i perioden (hard): the person is inactive, or the shift's date lies outside their
// employment period (active from/to, inclusive).
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts } from './rule-facts';
import { formatDate } from './rule-format';

export function checkEmployment(shift: CandidateShift, person: PersonFacts): Violation[] {
  if (!person.active) return [violation('ikke-ansat', 'Medarbejderen er ikke aktiv')];
  if (person.activeFrom && shift.date < person.activeFrom) return [violation('ikke-ansat', `Medarbejderen er først ansat fra ${formatDate(person.activeFrom)}`)];
  if (person.activeTo && shift.date > person.activeTo) return [violation('ikke-ansat', `Medarbejderen er kun ansat til ${formatDate(person.activeTo)}`)];
  return [];
}
