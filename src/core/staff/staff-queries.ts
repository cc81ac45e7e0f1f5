// SQL for staff members (medarbejdere), prepared once: the member with home residence and roster
// fields, their competences and preferred residences, and the lookups the rules need.
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
  weekly_minutes: number;
  active_from: string | null;
  active_to: string | null;
  max_weekly_minutes: number | null;
  hourly_rate_ore: number | null;
  competence_ids: string | null;
  preferred_residence_ids: string | null;
  version: number;
}

const SELECT = `
  SELECT s.id, s.name, s.name_sort, s.employee_number, s.title, s.home_residence_id, r.name AS home_residence_name,
         s.employment, s.active, s.weekly_minutes, s.active_from, s.active_to, s.max_weekly_minutes, s.hourly_rate_ore,
         (SELECT group_concat(sc.competence_id) FROM staff_competences sc WHERE sc.staff_id = s.id) AS competence_ids,
         (SELECT group_concat(sp.residence_id) FROM staff_preferred_residences sp WHERE sp.staff_id = s.id) AS preferred_residence_ids,
         s.version
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
    competence: db.prepare<[number], { id: number; name: string; active: number }>('SELECT id, name, active FROM competences WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO staff (name, name_sort, employee_number, title, home_residence_id, employment, active, weekly_minutes,
         active_from, active_to, max_weekly_minutes, hourly_rate_ore, created_at, updated_at)
       VALUES (@name, @nameSort, @employeeNumber, @title, @homeResidenceId, @employment, @active, @weeklyMinutes,
         @activeFrom, @activeTo, @maxWeeklyMinutes, @hourlyRateOre, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE staff SET name = @name, name_sort = @nameSort, employee_number = @employeeNumber, title = @title,
         home_residence_id = @homeResidenceId, employment = @employment, active = @active, weekly_minutes = @weeklyMinutes,
         active_from = @activeFrom, active_to = @activeTo, max_weekly_minutes = @maxWeeklyMinutes, hourly_rate_ore = @hourlyRateOre,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
    clearCompetences: db.prepare<[number]>('DELETE FROM staff_competences WHERE staff_id = ?'),
    addCompetence: db.prepare<[number, number]>('INSERT INTO staff_competences (staff_id, competence_id) VALUES (?, ?)'),
    clearPreferred: db.prepare<[number]>('DELETE FROM staff_preferred_residences WHERE staff_id = ?'),
    addPreferred: db.prepare<[number, number]>('INSERT INTO staff_preferred_residences (staff_id, residence_id) VALUES (?, ?)'),
  };
}
