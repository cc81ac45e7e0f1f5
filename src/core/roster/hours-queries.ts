// SQL for hours, payroll and the iCalendar export, prepared once.
import type { Db } from '../db/open-database';
import { SHIFT_SELECT, type ShiftRecord } from './shift-reader';

export interface HoursShiftRecord {
  residence_id: number;
  staff_id: number;
  name: string;
  name_sort: string;
  employee_number: string | null;
  employment: 'fast' | 'vikar';
  hourly_rate_ore: number | null;
  starts_at: string;
  ends_at: string;
  minutes: number;
}

export function createHoursQueries(db: Db) {
  return {
    /** Assigned shifts whose local date is in the period, with their staff member, in Danish name order. */
    shifts: db.prepare<{ from: string; to: string; residenceId: number | null; employment: string | null }, HoursShiftRecord>(
      `SELECT sh.residence_id, sh.staff_id, s.name, s.name_sort, s.employee_number, s.employment, s.hourly_rate_ore, sh.starts_at, sh.ends_at, sh.minutes
       FROM shifts sh JOIN staff s ON s.id = sh.staff_id
       WHERE sh.shift_date BETWEEN :from AND :to AND (:residenceId IS NULL OR sh.residence_id = :residenceId)
         AND (:employment IS NULL OR s.employment = :employment)
       ORDER BY s.name_sort, s.id, sh.starts_at`,
    ),
    settings: db.prepare<[], { evening_permille: number; night_permille: number; weekend_permille: number; holiday_permille: number; evening_from: string; night_from: string; night_to: string }>(
      'SELECT evening_permille, night_permille, weekend_permille, holiday_permille, evening_from, night_from, night_to FROM roster_settings WHERE id = 1',
    ),
    residence: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM residences WHERE id = ?'),
    staff: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM staff WHERE id = ?'),
    staffShifts: db.prepare<{ staffId: number; from: string; to: string }, ShiftRecord>(
      `${SHIFT_SELECT} WHERE sh.staff_id = :staffId AND sh.shift_date BETWEEN :from AND :to ORDER BY sh.starts_at, sh.id`,
    ),
    addresses: db.prepare<[], { id: number; street: string | null; postal_code: string | null; city: string | null }>('SELECT id, street, postal_code, city FROM residences'),
  };
}

export type HoursQueries = ReturnType<typeof createHoursQueries>;
