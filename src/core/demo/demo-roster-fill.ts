// The substitute pool at work in the demo, through the assignment and suggestion services: past open
// shifts filled (a residence's own regulars first, so continuity is realistic; shifts freed by
// absence from the top of the ranked suggestions), most coming ones booked ahead and some left
// open for the planner; one agreed deviation with its reason in the tilsynsbog; a period approved.
import dayjs from 'dayjs';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import type { Services } from '../services';
import { parsed } from './demo-plan-residents';
import type { RosterResidence } from './demo-roster-staff';
import type { Random } from './seeded-random';

interface OpenRow {
  id: number;
  residence_id: number;
  shift_date: string;
  open_reason: string | null;
  version: number;
}

export interface FillProfile {
  /** Rank shifts freed by absence with the suggestion service (slower, like a planner does). */
  suggestions: boolean;
  /** Share of the coming open shifts booked ahead: from the staffing need, and freed by absence. */
  comingNeed: number;
  comingAbsence: number;
}

/** Substitutes tried besides the residence's regulars before a shift is left open. */
const OTHERS_TRIED = 6;

/** True when the rules refused the assignment (it is then simply not made). */
function assigned(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** Fills open shifts with substitutes; returns how many were filled. */
export function fillOpenShifts(services: Services, planner: Actor, random: Random, residences: readonly RosterResidence[], pool: readonly number[], today: string, profile: FillProfile): number {
  const byId = new Map(residences.map((residence) => [residence.id, residence]));
  const rows = services.db
    .prepare(`SELECT id, residence_id, shift_date, open_reason, version FROM shifts WHERE staff_id IS NULL ORDER BY shift_date, starts_at, id`)
    .all() as OpenRow[];
  let filled = 0;
  let turn = 0;
  for (const row of rows) {
    const residence = byId.get(row.residence_id);
    if (!residence) continue;
    if (row.shift_date >= today && random.next() >= (row.open_reason === 'fravaer' ? profile.comingAbsence : profile.comingNeed)) continue;
    const assign = (staffId: number) => assigned(() => services.assignments.assign(planner, parsed('roster.assign', { shiftId: row.id, staffId, version: row.version })));

    if (profile.suggestions && row.open_reason === 'fravaer') {
      const top = services.suggestions.suggest(planner, parsed('roster.suggest', { shiftId: row.id, limit: 3 })).candidates[0];
      if (top && assign(top.staffId)) {
        filled++;
        continue;
      }
    }
    turn++;
    const regulars = residence.regulars.map((_, index) => residence.regulars[(index + turn) % residence.regulars.length]!);
    const others = Array.from({ length: Math.min(OTHERS_TRIED, pool.length) }, (_, index) => pool[(index * 7 + turn) % pool.length]!).filter((id) => !regulars.includes(id));
    if ([...regulars, ...others].some(assign)) filled++;
  }
  return filled;
}

const OVERRIDE_REASON =
  'Ekstra dagvagt: ledsagelse af beboer til hospitalet. Vikaren kender beboeren, og ingen andre kunne; aftalt med vikaren, som får hvilen dagen efter.';

/**
 * One agreed deviation: an extra day shift the morning after a substitute's evening shift (8 hours'
 * rest), given with a reason, so it stands in the tilsynsbog. Returns whether it was made.
 */
export function addDemoOverride(services: Services, planner: Actor, residence: RosterResidence, dayShiftTypeId: number, today: string): boolean {
  const evenings = services.db
    .prepare(
      `SELECT sh.staff_id, sh.shift_date FROM shifts sh JOIN staff s ON s.id = sh.staff_id
       WHERE sh.residence_id = ? AND sh.kind = 'aften' AND s.employment = 'vikar' AND sh.shift_date BETWEEN ? AND ?
       ORDER BY sh.shift_date DESC, sh.id`,
    )
    .all(residence.id, dayjs(today).subtract(20, 'day').format('YYYY-MM-DD'), dayjs(today).subtract(6, 'day').format('YYYY-MM-DD')) as Array<{ staff_id: number; shift_date: string }>;
  return evenings.some((evening) =>
    assigned(() =>
      services.assignments.createShift(
        planner,
        parsed('roster.createShift', {
          shiftTypeId: dayShiftTypeId,
          date: dayjs(evening.shift_date).add(1, 'day').format('YYYY-MM-DD'),
          start: null,
          end: null,
          staffId: evening.staff_id,
          overrideReason: OVERRIDE_REASON,
        }),
      ),
    ),
  );
}

/** Approves (locks) the first two weeks of the roster at a residence. */
export function approveDemoPeriod(services: Services, planner: Actor, residence: RosterResidence, from: string): void {
  services.approvals.approve(planner, parsed('roster.approve', { residenceId: residence.id, from, to: dayjs(from).add(13, 'day').format('YYYY-MM-DD') }));
}
