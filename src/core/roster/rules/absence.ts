// Fravær (hard): an absence of the person covers the shift's (start) date.
import type { Violation } from '../../../contract/areas/roster';
import { ABSENCE_KIND_LABELS, type AbsenceKind } from '../../../contract/roster-terms';
import { violation, type PersonFacts } from './rule-facts';
import { formatDay } from './rule-format';

export function checkAbsence(person: PersonFacts): Violation[] {
  return person.absences.map((absence) =>
    violation(
      'fravaer',
      `Medarbejderen har fravær (${ABSENCE_KIND_LABELS[absence.kind as AbsenceKind] ?? absence.kind}) ${absence.from === absence.to ? formatDay(absence.from) : `${formatDay(absence.from)} til ${formatDay(absence.to)}`}`,
    ),
  );
}
