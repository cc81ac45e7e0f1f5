// SQL for the roster grid and the pool of open shifts, prepared once: one query per kind of thing
// over the whole period (never one per day), so a 4-week grid of a large residence stays fast.
import type { Db } from '../db/open-database';
import { SHIFT_SELECT, type ShiftRecord } from './shift-reader';

type Period = { residenceId: number; from: string; to: string };

export function createGridQueries(db: Db) {
  return {
    residence: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM residences WHERE id = ?'),
    residences: db.prepare<{ residenceId: number | null }, { id: number; name: string }>(
      `SELECT id, name FROM residences WHERE (:residenceId IS NULL AND archived_at IS NULL) OR id = :residenceId ORDER BY name_sort, id`,
    ),
    shifts: db.prepare<Period, ShiftRecord>(`${SHIFT_SELECT} WHERE sh.residence_id = :residenceId AND sh.shift_date BETWEEN :from AND :to ORDER BY sh.starts_at, sh.id`),
    openShifts: db.prepare<{ residenceId: number | null; from: string; to: string }, ShiftRecord>(
      `${SHIFT_SELECT} WHERE sh.staff_id IS NULL AND sh.shift_date BETWEEN :from AND :to AND (:residenceId IS NULL OR sh.residence_id = :residenceId)
       ORDER BY sh.starts_at, sh.id`,
    ),
    /** The residence's active home staff and everyone with a shift there in the period, with their minutes in the period (all residences). */
    staff: db.prepare<Period, { id: number; name: string; employment: 'fast' | 'vikar'; weekly_minutes: number; minutes: number }>(
      `WITH members AS (
         SELECT id FROM staff WHERE home_residence_id = :residenceId AND active = 1
         UNION
         SELECT staff_id FROM shifts WHERE residence_id = :residenceId AND shift_date BETWEEN :from AND :to AND staff_id IS NOT NULL
       ),
       -- The (staff_id, starts_at) index narrows to a day either side; shift_date decides.
       worked AS (
         SELECT staff_id, sum(minutes) AS minutes FROM shifts
         WHERE staff_id IN (SELECT id FROM members) AND starts_at >= date(:from, '-1 day') AND starts_at < date(:to, '+2 day')
           AND shift_date BETWEEN :from AND :to
         GROUP BY staff_id
       )
       SELECT s.id, s.name, s.employment, s.weekly_minutes, coalesce(w.minutes, 0) AS minutes
       FROM staff s JOIN members m ON m.id = s.id LEFT JOIN worked w ON w.staff_id = s.id
       ORDER BY s.name_sort, s.id`,
    ),
    absences: db.prepare<
      Period,
      { id: number; staff_id: number; staff_name: string; kind: string; from_date: string; to_date: string; note: string | null; recorded_by: string; created_at: string }
    >(
      `SELECT a.id, a.staff_id, s.name AS staff_name, a.kind, a.from_date, a.to_date, a.note, u.display_name AS recorded_by, a.created_at
       FROM absences a JOIN staff s ON s.id = a.staff_id JOIN users u ON u.id = a.recorded_by
       WHERE a.from_date <= :to AND a.to_date >= :from
         AND a.staff_id IN (SELECT id FROM staff WHERE home_residence_id = :residenceId AND active = 1
                            UNION SELECT staff_id FROM shifts WHERE residence_id = :residenceId AND shift_date BETWEEN :from AND :to AND staff_id IS NOT NULL)
       ORDER BY s.name_sort, a.from_date, a.id`,
    ),
    shiftTypes: db.prepare<[number], { id: number }>('SELECT id FROM shift_types WHERE residence_id = ? AND active = 1 ORDER BY start_time, id'),
    needs: db.prepare<[number], { shift_type_id: number; weekday: number; staff_count: number }>(
      `SELECT n.shift_type_id, n.weekday, n.staff_count FROM staffing_needs n JOIN shift_types t ON t.id = n.shift_type_id WHERE t.residence_id = ?`,
    ),
    approvals: db.prepare<Period, { from_date: string; to_date: string; approved_by: string; approved_at: string }>(
      `SELECT a.from_date, a.to_date, u.display_name AS approved_by, a.approved_at FROM roster_approvals a JOIN users u ON u.id = a.approved_by
       WHERE a.residence_id = :residenceId AND a.from_date <= :to AND a.to_date >= :from ORDER BY a.from_date, a.id`,
    ),
  };
}
