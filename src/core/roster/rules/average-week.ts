// 48 timer i gennemsnit: the person's working minutes over the reference period (the settings'
// number of ISO weeks ending with the candidate's week), the candidate included, divided by the
// number of weeks must not exceed the average limit. Sleeping nights count with their minutes.
import type { Violation } from '../../../contract/areas/roster';
import type { CandidateShift } from './rule-checker';
import { violation, type PersonFacts, type RosterLimits } from './rule-facts';
import { formatMinutes } from './rule-format';
import { isoWeekOf, referenceStart } from './iso-week';

export function checkAverageWeek(shift: CandidateShift, person: PersonFacts, limits: RosterLimits): Violation[] {
  const weeks = Math.max(1, limits.referenceWeeks);
  const first = referenceStart(shift.date, weeks);
  const last = isoWeekOf(shift.date).sunday;
  const total = person.shifts.filter((other) => other.date >= first && other.date <= last).reduce((sum, other) => sum + other.minutes, shift.minutes + person.earlierReferenceMinutes);
  const average = total / weeks;
  if (average <= limits.averageWeekMinutes) return [];
  const from = isoWeekOf(first);
  const to = isoWeekOf(shift.date);
  return [
    violation(
      'gennemsnit',
      `Med denne vagt ${formatMinutes(average)} pr. uge i gennemsnit over ${weeks} uger (uge ${from.week}/${from.year} til uge ${to.week}/${to.year}, i alt ${formatMinutes(total)}); højst ${formatMinutes(limits.averageWeekMinutes)}`,
    ),
  ];
}
