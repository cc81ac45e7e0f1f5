// Vikarens maksimale timer: a substitute with a weekly maximum may not pass it in the candidate's
// ISO week (the candidate included). Permanent staff and substitutes without a maximum are free.
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts } from './rule-facts';
import { formatMinutes } from './rule-format';
import { isoWeekOf } from './iso-week';

export function checkWeeklyMax(shift: CandidateShift, person: PersonFacts): Violation[] {
  if (person.employment !== 'vikar' || person.maxWeeklyMinutes === null) return [];
  const week = isoWeekOf(shift.date);
  const planned = person.shifts.filter((other) => other.date >= week.monday && other.date <= week.sunday).reduce((sum, other) => sum + other.minutes, 0);
  const total = planned + shift.minutes;
  if (total <= person.maxWeeklyMinutes) return [];
  return [
    violation(
      'max-timer',
      `${formatMinutes(planned)} i uge ${week.week} i forvejen, ${formatMinutes(total)} med denne vagt; vikaren må højst have ${formatMinutes(person.maxWeeklyMinutes)} om ugen`,
    ),
  ];
}
