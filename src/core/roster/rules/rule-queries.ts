// The few indexed queries the rules need, for one person or a whole batch of candidates at once
// (suggestions check everyone in the pool): staff rows, competences, absence and availability on
// the day, exclusions by citizens living at the residence, and everyone's shifts in one window
// (shifts_staff_start). Staff ids travel as one JSON array, so the statements stay prepared.
import { ROSTER_LIMIT_DEFAULTS } from '../../../contract/roster-terms';
import type { Db } from '../../db/open-database';
import { localInstant } from '../shift-times';
import type { CandidateShift } from './rule-checker';
import type { NearbyShift, PersonFacts, RosterLimits } from './rule-facts';
import { referenceStart } from './iso-week';

const IDS = '(SELECT value FROM json_each(:ids))';
const DAY_MS = 86_400_000;

interface StaffRow {
  id: number;
  name: string;
  employment: 'fast' | 'vikar';
  active: number;
  active_from: string | null;
  active_to: string | null;
  max_weekly_minutes: number | null;
}
interface ShiftRow {
  id: number;
  staff_id: number;
  shift_date: string;
  start_time: string;
  end_time: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
}

/** Everyone's shifts in the window, through shifts_staff_start (one index range per person). */
export const NEARBY_SHIFTS_SQL = `
  SELECT id, staff_id, shift_date, start_time, end_time, starts_at, ends_at, minutes FROM shifts
  WHERE staff_id IN ${IDS} AND starts_at >= :from AND starts_at < :to AND id IS NOT :exclude
  ORDER BY staff_id, starts_at`;

/** Minutes per person of the shifts dated in the reference period that start before the detailed window. */
export const EARLIER_MINUTES_SQL = `
  SELECT staff_id, sum(minutes) AS minutes FROM shifts
  WHERE staff_id IN ${IDS} AND starts_at >= :from AND starts_at < :to AND shift_date >= :firstDate
  GROUP BY staff_id`;

export function createRuleQueries(db: Db) {
  const settings = db.prepare<[], { daily_rest_minutes: number; weekly_rest_minutes: number; average_week_minutes: number; reference_weeks: number }>(
    'SELECT daily_rest_minutes, weekly_rest_minutes, average_week_minutes, reference_weeks FROM roster_settings WHERE id = 1',
  );
  const staff = db.prepare<{ ids: string }, StaffRow>(
    `SELECT id, name, employment, active, active_from, active_to, max_weekly_minutes FROM staff WHERE id IN ${IDS}`,
  );
  const competences = db.prepare<{ ids: string }, { staff_id: number; competence_id: number }>(
    `SELECT staff_id, competence_id FROM staff_competences WHERE staff_id IN ${IDS}`,
  );
  const competenceNames = db.prepare<{ ids: string }, { id: number; name: string }>(`SELECT id, name FROM competences WHERE id IN ${IDS}`);
  const absences = db.prepare<{ ids: string; date: string }, { staff_id: number; kind: string; from_date: string; to_date: string }>(
    `SELECT staff_id, kind, from_date, to_date FROM absences WHERE staff_id IN ${IDS} AND from_date <= :date AND to_date >= :date ORDER BY from_date`,
  );
  const unavailable = db.prepare<{ ids: string; date: string; kind: string }, { staff_id: number; shift_kind: 'hele' | 'dag' | 'aften' | 'nat' }>(
    `SELECT staff_id, shift_kind FROM staff_availability
     WHERE available_date = :date AND availability = 'kan-ikke' AND shift_kind IN ('hele', :kind) AND staff_id IN ${IDS}`,
  );
  const excluded = db.prepare<{ ids: string; date: string; residenceId: number }, { staff_id: number }>(
    `SELECT DISTINCT e.staff_id FROM citizen_excluded_staff e
     JOIN citizen_stays s ON s.citizen_id = e.citizen_id
     WHERE e.staff_id IN ${IDS} AND s.residence_id = :residenceId AND s.move_in <= :date AND (s.move_out IS NULL OR s.move_out >= :date)`,
  );
  const shifts = db.prepare<{ ids: string; from: string; to: string; exclude: number | null }, ShiftRow>(NEARBY_SHIFTS_SQL);
  const earlierMinutes = db.prepare<{ ids: string; from: string; to: string; firstDate: string }, { staff_id: number; minutes: number }>(EARLIER_MINUTES_SQL);

  return {
    limits(): RosterLimits {
      const row = settings.get();
      if (!row) return { ...ROSTER_LIMIT_DEFAULTS };
      return { dailyRestMinutes: row.daily_rest_minutes, weeklyRestMinutes: row.weekly_rest_minutes, averageWeekMinutes: row.average_week_minutes, referenceWeeks: row.reference_weeks };
    },

    competenceNames(competenceIds: readonly number[]): Map<number, string> {
      if (competenceIds.length === 0) return new Map();
      return new Map(competenceNames.all({ ids: JSON.stringify(competenceIds) }).map((row) => [row.id, row.name]));
    },

    /**
     * Everything the rules need about each of `staffIds` for `shift`. Shifts are loaded one by one
     * from 8 days before the shift to 8 days after it: enough for overlap, rest, the week's maximum
     * and the weekly rest (a shift is at most a day long, so a day's margin catches those reaching
     * in). The rest of the reference period only matters as minutes, summed per person in SQL.
     */
    facts(shift: CandidateShift, staffIds: readonly number[], limits: RosterLimits): Map<number, PersonFacts> {
      const ids = JSON.stringify([...new Set(staffIds)]);
      const persons = new Map<number, PersonFacts>();
      for (const row of staff.all({ ids })) {
        persons.set(row.id, {
          staffId: row.id,
          name: row.name,
          employment: row.employment,
          active: row.active === 1,
          activeFrom: row.active_from,
          activeTo: row.active_to,
          maxWeeklyMinutes: row.max_weekly_minutes,
          competenceIds: new Set(),
          absences: [],
          unavailable: [],
          excluded: false,
          shifts: [],
          earlierReferenceMinutes: 0,
        });
      }
      if (persons.size === 0) return persons;
      if (shift.requiredCompetenceIds.length > 0) {
        for (const row of competences.all({ ids })) (persons.get(row.staff_id)?.competenceIds as Set<number> | undefined)?.add(row.competence_id);
      }
      for (const row of absences.all({ ids, date: shift.date })) persons.get(row.staff_id)?.absences.push({ kind: row.kind, from: row.from_date, to: row.to_date });
      for (const row of unavailable.all({ ids, date: shift.date, kind: shift.kind })) persons.get(row.staff_id)?.unavailable.push(row.shift_kind);
      for (const row of excluded.all({ ids, date: shift.date, residenceId: shift.residenceId })) {
        const person = persons.get(row.staff_id);
        if (person) person.excluded = true;
      }
      const from = new Date(Date.parse(shift.startsAt) - 8 * DAY_MS).toISOString();
      const to = new Date(Date.parse(shift.endsAt) + 8 * DAY_MS).toISOString();
      const firstDate = referenceStart(shift.date, Math.max(1, limits.referenceWeeks));
      const referenceFrom = localInstant(firstDate, '00:00');
      if (referenceFrom < from) {
        for (const row of earlierMinutes.all({ ids, from: referenceFrom, to: from, firstDate })) {
          const person = persons.get(row.staff_id);
          if (person) person.earlierReferenceMinutes = row.minutes;
        }
      }
      for (const row of shifts.all({ ids, from, to, exclude: shift.id })) {
        const nearby: NearbyShift = { id: row.id, date: row.shift_date, start: row.start_time, end: row.end_time, startsAt: row.starts_at, endsAt: row.ends_at, minutes: row.minutes };
        persons.get(row.staff_id)?.shifts.push(nearby);
      }
      return persons;
    },
  };
}
