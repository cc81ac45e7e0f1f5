// SQL for the staff a citizen must not have, prepared once.
import type { Db } from '../db/open-database';

export interface ExcludedStaffRecord {
  id: number;
  citizen_id: number;
  staff_id: number;
  staff_name: string;
  reason: string;
  created_at: string;
}

const SELECT = `
  SELECT e.id, e.citizen_id, e.staff_id, s.name AS staff_name, e.reason, e.created_at
  FROM citizen_excluded_staff e JOIN staff s ON s.id = e.staff_id`;

export function createExcludedStaffQueries(db: Db) {
  return {
    byId: db.prepare<[number], ExcludedStaffRecord>(`${SELECT} WHERE e.id = ?`),
    ofCitizen: db.prepare<[number], ExcludedStaffRecord>(`${SELECT} WHERE e.citizen_id = ? ORDER BY s.name_sort, e.id`),
    existing: db.prepare<[number, number], number>('SELECT id FROM citizen_excluded_staff WHERE citizen_id = ? AND staff_id = ?').pluck(),
    staff: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM staff WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO citizen_excluded_staff (citizen_id, staff_id, reason, created_by, created_at)
       VALUES (@citizenId, @staffId, @reason, @createdBy, @now)`,
    ),
    remove: db.prepare<[number]>('DELETE FROM citizen_excluded_staff WHERE id = ?'),
  };
}
