// Krævet kompetence: the shift's required competences must all be the person's.
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts } from './rule-facts';

export function checkCompetence(shift: CandidateShift, person: PersonFacts, competenceNames: ReadonlyMap<number, string>): Violation[] {
  const missing = shift.requiredCompetenceIds.filter((id) => !person.competenceIds.has(id));
  if (missing.length === 0) return [];
  const names = missing.map((id) => competenceNames.get(id) ?? `kompetence ${id}`).sort((a, b) => a.localeCompare(b, 'da'));
  return [violation('kompetence', `Vagten kræver ${names.join(', ')}, som medarbejderen ikke har`)];
}
