// SQL for staff members (medarbejdere), prepared once.
import type { Db } from '../db/open-database';

export interface StaffRecord {
  id: number;
  name: string;
  name_sort: string;
  employee_number: string | null;
  title: string;
  home_residence_id: number | null;
  home_residence_name: string | null;
  employment: 'fast' | 'vikar';
  active: number;
  version: number;
}

const SELECT = `
  SELECT s.id, s.name, s.name_sort, s.employee_number, s.title, s.home_residence_id, r.name AS home_residence_name,
         s.employment, s.active, s.version
  FROM staff s LEFT JOIN residences r ON r.id = s.home_residence_id`;

export function createStaffQueries(db: Db) {
  return {
    byId: db.prepare<[number], StaffRecord>(`${SELECT} WHERE s.id = ?`),
    list: db.prepare<{ residenceId: number | null; includeInactive: number }, StaffRecord>(
      `${SELECT}
       WHERE (:residenceId IS NULL OR s.home_residence_id = :residenceId) AND (:includeInactive = 1 OR s.active = 1)
       ORDER BY s.name_sort, s.id`,
    ),
    idByEmployeeNumber: db.prepare<[string], number>('SELECT id FROM staff WHERE employee_number = ?').pluck(),
    residence: db.prepare<[number], { id: number; name: string; archived_at: string | null }>('SELECT id, name, archived_at FROM residences WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO staff (name, name_sort, employee_number, title, home_residence_id, employment, active, created_at, updated_at)
       VALUES (@name, @nameSort, @employeeNumber, @title, @homeResidenceId, @employment, @active, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE staff SET name = @name, name_sort = @nameSort, employee_number = @employeeNumber, title = @title,
         home_residence_id = @homeResidenceId, employment = @employment, active = @active, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
  };
}
