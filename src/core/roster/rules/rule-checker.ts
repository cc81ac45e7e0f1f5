// The working-time rules every assignment is checked against, manual or automatic (assignment,
// suggestions, basisplan roll-out): overlap, 11 hours' rest, the weekly 35-hour rest, 48 hours on
// average over the reference period, a substitute's weekly maximum, required competences, staff a
// citizen must not have, absence, availability and the employment period. Limits are settings.
import type { Violation } from '../../../contract/areas/roster';
import type { ShiftKind } from '../../../contract/roster-terms';
import type { Db } from '../../db/open-database';

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

export function createRuleChecker(db: Db) {
  void db;
  return {
    /** Every rule `staffId` taking `shift` would break; empty when none. */
    check(shift: CandidateShift, staffId: number): Violation[] {
      void [shift, staffId];
      throw new Error('not implemented');
    },
  };
}

export type RuleChecker = ReturnType<typeof createRuleChecker>;
