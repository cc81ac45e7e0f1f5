// SQL for substitutes' availability per day (shift_kind 'hele': the whole day), prepared once.
import type { Availability, ShiftKind } from '../../contract/roster-terms';
import type { Db } from '../db/open-database';

export interface AvailabilityRecord {
  staff_id: number;
  available_date: string;
  shift_kind: ShiftKind | 'hele';
  availability: Availability;
}

const SELECT = 'SELECT a.staff_id, a.available_date, a.shift_kind, a.availability FROM staff_availability a';
const ORDER = "ORDER BY a.available_date, a.staff_id, CASE a.shift_kind WHEN 'hele' THEN 0 WHEN 'dag' THEN 1 WHEN 'aften' THEN 2 ELSE 3 END";

export function createAvailabilityQueries(db: Db) {
  return {
    list: db.prepare<{ staffId: number | null; from: string; to: string }, AvailabilityRecord>(
      `${SELECT} WHERE a.available_date BETWEEN :from AND :to AND (:staffId IS NULL OR a.staff_id = :staffId) ${ORDER}`,
    ),
    ofDay: db.prepare<{ staffId: number; date: string }, AvailabilityRecord>(`${SELECT} WHERE a.staff_id = :staffId AND a.available_date = :date ${ORDER}`),
    staff: db.prepare<[number], { id: number; name: string; home_residence_id: number | null }>('SELECT id, name, home_residence_id FROM staff WHERE id = ?'),
    upsert: db.prepare(
      `INSERT INTO staff_availability (staff_id, available_date, shift_kind, availability) VALUES (@staffId, @date, @shiftKind, @availability)
       ON CONFLICT (staff_id, available_date, shift_kind) DO UPDATE SET availability = excluded.availability`,
    ),
    remove: db.prepare('DELETE FROM staff_availability WHERE staff_id = @staffId AND available_date = @date AND shift_kind = @shiftKind'),
  };
}
