// The demo's roster (vagtplan), built through the real roster services by the demo's vagtplanlægger:
// competences, normtid and a substitute pool with availability, shift types, staffing needs and a
// 4-week basisplan per residence rolled out from 4 weeks back to 4 weeks ahead, sickness and
// holidays creating open shifts, past ones filled by the pool and some coming ones left open, a
// substitute one resident must not have, one override in the tilsynsbog and one approved period. Detailed for Byen i Byen; plain ('bulk') for a
// large institution in the benchmark. Deterministic for one `random` and one day.
import dayjs from 'dayjs';
import type { Actor } from '../common/actor';
import { danishDate } from '../common/danish-time';
import type { Services } from '../services';
import { parsed } from './demo-plan-residents';
import { addDemoAbsences } from './demo-roster-absence';
import { addDemoOverride, approveDemoPeriod, fillOpenShifts, type FillProfile } from './demo-roster-fill';
import { carersNeeded, setUpResidenceRoster } from './demo-roster-plan';
import { addDemoAvailability, buildRosterStaff, createDemoCompetences, type RosterResidence } from './demo-roster-staff';
import type { DemoResidence } from './demo-staff';
import type { Random } from './seeded-random';

/** The roster runs from this many weeks before the current week to as many after it (8 weeks in all). */
export const ROSTER_WEEKS_BACK = 4;
export const ROSTER_WEEKS = 8;

export interface DemoRosterProfile {
  detailed: boolean;
  /** How many of the residences (the first ones) get a roster. */
  residences: number;
  /** Substitutes in the pool for the rostered residences. */
  pool: (residences: number) => number;
  fill: FillProfile;
}

export const DETAILED_ROSTER: DemoRosterProfile = {
  detailed: true,
  residences: Number.MAX_SAFE_INTEGER,
  pool: (residences) => Math.max(10, Math.round((residences * 25) / 6)),
  fill: { suggestions: true, comingNeed: 0.8, comingAbsence: 0.3 },
};
/** A large institution for benchmarks: 20 residences, 5 substitutes each, no suggestions while building. */
export const BULK_ROSTER: DemoRosterProfile = { detailed: false, residences: 20, pool: (residences) => residences * 5, fill: { suggestions: false, comingNeed: 0.85, comingAbsence: 0.3 } };

export interface DemoRosterResult {
  substitutes: number;
  shifts: number;
  openShifts: number;
  absences: number;
}

/** The competences each kind of shift requires at a residence (by its place in the demo's list). */
function requirementsOf(index: number): RosterResidence['requires'] {
  if (index % 6 === 0 || index % 6 === 5) return { dag: ['Medicindelegering'] }; // Solsikken, Strandhuset: medicine in the day
  if (index % 6 === 4) return { aften: ['Magtanvendelseskursus'] }; // Kastanjehuset: dobbeltdiagnose
  return {};
}

/**
 * One resident who must not have one of their residence's regular substitutes (recorded by the
 * administrator, who may write citizen data), so suggestions show the rule that leaves them out.
 */
function addDemoExclusion(services: Services, admin: Actor, residence: RosterResidence, today: string): void {
  const citizenId = services.db
    .prepare('SELECT citizen_id FROM citizen_stays WHERE residence_id = ? AND move_in <= ? AND (move_out IS NULL OR move_out >= ?) ORDER BY citizen_id LIMIT 1')
    .pluck()
    .get(residence.id, today, today) as number | undefined;
  const staffId = residence.regulars[0];
  if (citizenId === undefined || staffId === undefined) return;
  const reason = 'Borgeren bliver urolig af vikaren efter en konflikt; aftalt på netværksmødet med borger og pårørende.';
  services.excludedStaff.add(admin, parsed('citizens.excludeStaff', { citizenId, staffId, reason }));
}

export function addDemoRoster(services: Services, admin: Actor, planner: Actor, random: Random, demoResidences: readonly DemoResidence[], profile: DemoRosterProfile): DemoRosterResult {
  const today = danishDate(services.clock.now());
  const monday = dayjs(today).subtract((dayjs(today).day() + 6) % 7, 'day');
  const period = {
    from: monday.subtract(ROSTER_WEEKS_BACK, 'week').format('YYYY-MM-DD'),
    to: monday.add(ROSTER_WEEKS - ROSTER_WEEKS_BACK, 'week').subtract(1, 'day').format('YYYY-MM-DD'),
  };
  const residences: RosterResidence[] = demoResidences
    .slice(0, profile.residences)
    .map((residence, index) => ({ id: residence.id, index, places: residence.places, requires: requirementsOf(index), carers: [], regulars: [] }));

  const competences = createDemoCompetences(services, planner);
  const hiredFrom = dayjs(period.from).subtract(2, 'year').format('YYYY-MM-DD');
  const pool = buildRosterStaff(services, planner, random, competences, residences, carersNeeded, profile.pool(residences.length), hiredFrom);
  addDemoAvailability(services, planner, random, pool, period.from, ROSTER_WEEKS, profile.detailed);

  const dayShiftType = new Map<number, number>();
  for (const residence of residences) dayShiftType.set(residence.id, setUpResidenceRoster(services, planner, residence, competences, period).shiftTypes.dag);
  let absences = 0;
  for (const residence of residences) absences += addDemoAbsences(services, planner, random, residence, today, profile.detailed);
  const excludedAt = residences[4] ?? residences[residences.length - 1];
  if (excludedAt) addDemoExclusion(services, admin, excludedAt, today);
  fillOpenShifts(services, planner, random, residences, pool, today, profile.fill);

  const first = residences[0];
  if (first) {
    addDemoOverride(services, planner, first, dayShiftType.get(first.id)!, today);
    approveDemoPeriod(services, planner, first, period.from);
  }
  const count = (sql: string) => services.db.prepare(sql).pluck().get() as number;
  return { substitutes: pool.length, shifts: count('SELECT count(*) FROM shifts'), openShifts: count('SELECT count(*) FROM shifts WHERE staff_id IS NULL'), absences };
}
