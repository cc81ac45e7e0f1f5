// The working-time rules every assignment is checked against, manual or automatic (assignment,
// suggestions, basisplan roll-out): overlap, 11 hours' rest, the weekly 35-hour rest, 48 hours on
// average over the reference period, a substitute's weekly maximum, required competences, staff a
// citizen must not have, absence, availability and the employment period. Limits are settings.
// Each rule lives in its own file; this one loads the facts (a few queries, also for a batch) and
// runs them in the order of ROSTER_RULES.
import type { Shift, Violation } from '../../../contract/areas/roster';
import type { ShiftKind } from '../../../contract/roster-terms';
import { notFound } from '../../common/domain-error';
import type { Db } from '../../db/open-database';
import { checkAbsence } from './absence';
import { checkAverageWeek } from './average-week';
import { checkAvailability } from './availability';
import { checkCompetence } from './competence';
import { checkDailyRest } from './daily-rest';
import { checkEmployment } from './employment';
import { checkExcluded } from './excluded';
import { checkOverlap } from './overlap';
import type { PersonFacts, RosterLimits } from './rule-facts';
import { createRuleQueries } from './rule-queries';
import { checkWeeklyMax } from './weekly-max';
import { checkWeeklyRest } from './weekly-rest';

/** A shift as the rules see it; `id` null for one not saved yet (it is then not its own neighbour). */
export interface CandidateShift {
  id: number | null;
  residenceId: number;
  /** Local start date. */
  date: string;
  kind: ShiftKind;
  startsAt: string;
  endsAt: string;
  minutes: number;
  requiredCompetenceIds: readonly number[];
}

/** A saved shift as the rules see it. */
export const candidateOf = (shift: Shift): CandidateShift => ({
  id: shift.id,
  residenceId: shift.residenceId,
  date: shift.date,
  kind: shift.kind,
  startsAt: shift.startsAt,
  endsAt: shift.endsAt,
  minutes: shift.minutes,
  requiredCompetenceIds: shift.requiredCompetenceIds,
});

function runRules(shift: CandidateShift, person: PersonFacts, limits: RosterLimits, competenceNames: ReadonlyMap<number, string>): Violation[] {
  return [
    ...checkOverlap(shift, person),
    ...checkDailyRest(shift, person, limits),
    ...checkWeeklyRest(shift, person, limits),
    ...checkAverageWeek(shift, person, limits),
    ...checkWeeklyMax(shift, person),
    ...checkCompetence(shift, person, competenceNames),
    ...checkExcluded(person),
    ...checkAbsence(person),
    ...checkAvailability(shift, person),
    ...checkEmployment(shift, person),
  ];
}

export function createRuleChecker(db: Db) {
  const queries = createRuleQueries(db);

  /** Every rule each of `staffIds` taking `shift` would break; unknown staff ids are left out. */
  function checkMany(shift: CandidateShift, staffIds: readonly number[]): Map<number, Violation[]> {
    const limits = queries.limits();
    const competenceNames = queries.competenceNames(shift.requiredCompetenceIds);
    const facts = queries.facts(shift, staffIds, limits);
    const result = new Map<number, Violation[]>();
    for (const staffId of staffIds) {
      const person = facts.get(staffId);
      if (person) result.set(staffId, runRules(shift, person, limits, competenceNames));
    }
    return result;
  }

  return {
    /** Every rule `staffId` taking `shift` would break; empty when none. NOT_FOUND for an unknown person. */
    check(shift: CandidateShift, staffId: number): Violation[] {
      const violations = checkMany(shift, [staffId]).get(staffId);
      if (!violations) throw notFound('Medarbejderen');
      return violations;
    },
    checkMany,
  };
}

export type RuleChecker = ReturnType<typeof createRuleChecker>;
