// Borger må ikke have medarbejderen: a citizen living at the residence on the shift's date has
// excluded the person. The message never names the citizen (the planner may not read that).
import type { Violation } from '../../../contract/areas/roster';
import { violation, type PersonFacts } from './rule-facts';

export function checkExcluded(person: PersonFacts): Violation[] {
  return person.excluded ? [violation('udelukket', 'En borger i botilbuddet må ikke have medarbejderen')] : [];
}
