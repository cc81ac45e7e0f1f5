// What the working-time rules look at, loaded once per check (or once for a whole batch of
// candidates): the limits from the settings and, per person, their employment, competences,
// absence, availability, exclusions and their other shifts around the candidate.
import type { Violation } from '../../../contract/areas/roster';
import { HARD_RULES, type RosterRule } from '../../../contract/roster-terms';

export interface RosterLimits {
  dailyRestMinutes: number;
  weeklyRestMinutes: number;
  averageWeekMinutes: number;
  referenceWeeks: number;
}

/** Another shift of the person (never the candidate itself). */
export interface NearbyShift {
  id: number;
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
}

export interface PersonFacts {
  staffId: number;
  name: string;
  employment: 'fast' | 'vikar';
  active: boolean;
  activeFrom: string | null;
  activeTo: string | null;
  maxWeeklyMinutes: number | null;
  competenceIds: ReadonlySet<number>;
  /** Absences covering the candidate's date. */
  absences: { kind: string; from: string; to: string }[];
  /** 'kan-ikke' on the candidate's date: 'hele' (whole day) or the candidate's kind. */
  unavailable: ('hele' | 'dag' | 'aften' | 'nat')[];
  /** A citizen living at the residence that day has excluded the person. */
  excluded: boolean;
  /** The person's other shifts from 8 days before the candidate to 8 days after, by start. */
  shifts: NearbyShift[];
  /** Minutes of the person's shifts dated in the reference period that start before `shifts` begin (summed in SQL). */
  earlierReferenceMinutes: number;
}

export function violation(rule: RosterRule, message: string): Violation {
  return { rule, message, overridable: !HARD_RULES.includes(rule) };
}
