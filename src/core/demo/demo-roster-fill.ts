// The substitute pool at work in the demo, through the assignment and suggestion services: past open
// shifts filled (shifts freed by absence from the top of the ranked suggestions; others by the
// residence's own regulars first, so continuity is realistic, then the pool, then an extra shift for
// one of its own), most coming ones booked ahead and some left open for the planner; one agreed
// deviation with its reason in the tilsynsbog; a period approved.
import dayjs from 'dayjs';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import type { Services } from '../services';
import { parsed } from './demo-plan-residents';
import type { PoolMember, RosterResidence } from './demo-roster-staff';
import type { Random } from './seeded-random';

interface OpenRow {
  id: number;
  residence_id: number;
  shift_date: string;
  kind: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
  competence_ids: string | null;
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

/** Substitutes tried (after the demo's own look at them) before a shift is left open. */
const TRIES = 8;
/** The residence's own carers asked for an extra shift when no substitute can. */
const OWN_TRIES = 3;
const REST_MS = 11 * 3_600_000;

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

/**
 * What the demo has booked per substitute, so it asks the rules only about those who may fit
 * (competences, 'kan ikke', the weekly maximum, 11 hours around the shift); the service decides.
 */
function createLedger(pool: readonly PoolMember[]) {
  const booked = new Map<number, Array<[number, number]>>();
  const weekMinutes = new Map<string, number>();
  const weekOf = (date: string) => dayjs(date).subtract((dayjs(date).day() + 6) % 7, 'day').format('YYYY-MM-DD');
  return {
    mayFit(member: PoolMember, row: OpenRow): boolean {
      const required = row.competence_ids ? row.competence_ids.split(',').map(Number) : [];
      if (!required.every((id) => member.competenceIds.has(id))) return false;
      if (member.cannot.has(row.shift_date) || member.cannot.has(`${row.shift_date}/${row.kind}`)) return false;
      if ((weekMinutes.get(`${member.id}/${weekOf(row.shift_date)}`) ?? 0) + row.minutes > member.maxWeeklyMinutes) return false;
      const [start, end] = [Date.parse(row.starts_at), Date.parse(row.ends_at)];
      return (booked.get(member.id) ?? []).every(([from, to]) => to + REST_MS <= start || end + REST_MS <= from);
    },
    book(staffId: number, row: OpenRow): void {
      booked.set(staffId, [...(booked.get(staffId) ?? []), [Date.parse(row.starts_at), Date.parse(row.ends_at)]]);
      const key = `${staffId}/${weekOf(row.shift_date)}`;
      weekMinutes.set(key, (weekMinutes.get(key) ?? 0) + row.minutes);
    },
    members: new Map(pool.map((member) => [member.id, member])),
  };
}

/** Fills open shifts with substitutes; returns how many were filled. */
export function fillOpenShifts(services: Services, planner: Actor, random: Random, residences: readonly RosterResidence[], pool: readonly PoolMember[], today: string, profile: FillProfile): number {
  const byId = new Map(residences.map((residence) => [residence.id, residence]));
  const rows = services.db
    .prepare(
      `SELECT id, residence_id, shift_date, kind, starts_at, ends_at, minutes, open_reason, version,
         (SELECT group_concat(competence_id) FROM shift_competences c WHERE c.shift_id = shifts.id) AS competence_ids
       FROM shifts WHERE staff_id IS NULL ORDER BY shift_date, starts_at, id`,
    )
    .all() as OpenRow[];
  const ledger = createLedger(pool);
  let filled = 0;
  let turn = 0;
  for (const row of rows) {
    const residence = byId.get(row.residence_id);
    if (!residence) continue;
    if (row.shift_date >= today && random.next() >= (row.open_reason === 'fravaer' ? profile.comingAbsence : profile.comingNeed)) continue;
    const assign = (staffId: number) => {
      const ok = assigned(() => services.assignments.assign(planner, parsed('roster.assign', { shiftId: row.id, staffId, version: row.version })));
      if (ok) ledger.book(staffId, row);
      return ok;
    };

    if (profile.suggestions && row.open_reason === 'fravaer') {
      const top = services.suggestions.suggest(planner, parsed('roster.suggest', { shiftId: row.id, limit: 3 })).candidates[0];
      if (top && ledger.members.has(top.staffId) && assign(top.staffId)) {
        filled++;
        continue;
      }
    }
    turn++;
    const regulars = residence.regulars.map((_, index) => residence.regulars[(index + turn) % residence.regulars.length]!);
    const others = pool.map((_, index) => pool[(index + turn) % pool.length]!.id).filter((id) => !regulars.includes(id));
    const candidates = [...regulars, ...others].filter((id) => ledger.mayFit(ledger.members.get(id)!, row)).slice(0, TRIES);
    // When the pool cannot, one of the residence's own part-timers takes an extra shift (merarbejde).
    const own = residence.carers.map((_, index) => residence.carers[(index + turn) % residence.carers.length]!).slice(0, OWN_TRIES);
    if (candidates.some(assign) || own.some(assign)) filled++;
  }
  return filled;
}

const OVERRIDE_REASON =
  'Ekstra dagvagt: ledsagelse af beboer til hospitalet. Medarbejderen kender beboeren, og ingen andre kunne; aftalt med medarbejderen, som får hvilen dagen efter.';

/**
 * One agreed deviation: an extra day shift the morning after an evening shift (a substitute's if
 * one fits; 8 hours' rest), given with a reason, so it stands in the tilsynsbog. Returns whether it was made.
 */
export function addDemoOverride(services: Services, planner: Actor, residence: RosterResidence, dayShiftTypeId: number, today: string): boolean {
  const evenings = services.db
    .prepare(
      `SELECT sh.staff_id, sh.shift_date FROM shifts sh JOIN staff s ON s.id = sh.staff_id
       WHERE sh.residence_id = ? AND sh.kind = 'aften' AND sh.shift_date BETWEEN ? AND ?
       ORDER BY s.employment = 'vikar' DESC, sh.shift_date DESC, sh.id`,
    )
    .all(residence.id, dayjs(today).subtract(20, 'day').format('YYYY-MM-DD'), dayjs(today).subtract(2, 'day').format('YYYY-MM-DD')) as Array<{ staff_id: number; shift_date: string }>;
  for (const evening of evenings) {
    const date = dayjs(evening.shift_date).add(1, 'day').format('YYYY-MM-DD');
    const extra = services.assignments.createShift(planner, parsed('roster.createShift', { shiftTypeId: dayShiftTypeId, date, start: null, end: null, staffId: null }));
    const rules = services.assignments.check(planner, parsed('roster.check', { shiftId: extra.id, staffId: evening.staff_id })).map((violation) => violation.rule);
    if (rules.length > 0 && rules.every((rule) => rule === 'hviletid')) {
      services.assignments.assign(planner, parsed('roster.assign', { shiftId: extra.id, staffId: evening.staff_id, version: extra.version, overrideReason: OVERRIDE_REASON }));
      return true;
    }
    services.assignments.deleteShift(planner, parsed('roster.deleteShift', { shiftId: extra.id, version: extra.version }));
  }
  return false;
}

/** Approves (locks) the first two weeks of the roster at a residence. */
export function approveDemoPeriod(services: Services, planner: Actor, residence: RosterResidence, from: string): void {
  services.approvals.approve(planner, parsed('roster.approve', { residenceId: residence.id, from, to: dayjs(from).add(13, 'day').format('YYYY-MM-DD') }));
}
