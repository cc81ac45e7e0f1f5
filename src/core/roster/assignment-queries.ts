// The SQL of creating, assigning, unassigning and deleting shifts, and of the tilsynsbog.
import type { Db } from '../db/open-database';

export interface ShiftTypeRow {
  id: number;
  residence_id: number;
  name: string;
  kind: 'dag' | 'aften' | 'nat';
  start_time: string;
  end_time: string;
  night_mode: 'vaagen' | 'sovende' | null;
  active: number;
}

export interface TilsynsbogRow {
  id: number;
  shift_id: number;
  shift_date: string;
  residence_name: string;
  staff_name: string;
  rules: string;
  message: string;
  reason: string;
  by_name: string;
  created_at: string;
}

export function createAssignmentQueries(db: Db) {
  return {
    shiftType: db.prepare<[number], ShiftTypeRow>('SELECT id, residence_id, name, kind, start_time, end_time, night_mode, active FROM shift_types WHERE id = ?'),
    needCompetences: db.prepare<{ shiftTypeId: number; weekday: number }, { competence_id: number }>(
      `SELECT nc.competence_id FROM staffing_needs n JOIN staffing_need_competences nc ON nc.staffing_need_id = n.id
       WHERE n.shift_type_id = :shiftTypeId AND n.weekday = :weekday ORDER BY nc.competence_id`,
    ),
    staffName: db.prepare<[number], string>('SELECT name FROM staff WHERE id = ?').pluck(),
    insertShift: db.prepare<{
      residenceId: number;
      shiftTypeId: number;
      kind: string;
      name: string;
      date: string;
      start: string;
      end: string;
      startsAt: string;
      endsAt: string;
      minutes: number;
      sleeping: number;
      staffId: number | null;
      openReason: string | null;
      now: string;
    }>(
      `INSERT INTO shifts (residence_id, shift_type_id, kind, name, shift_date, start_time, end_time, starts_at, ends_at, minutes,
         sleeping, staff_id, open_reason, source, created_at, updated_at)
       VALUES (:residenceId, :shiftTypeId, :kind, :name, :date, :start, :end, :startsAt, :endsAt, :minutes,
         :sleeping, :staffId, :openReason, 'manuel', :now, :now)`,
    ),
    insertCompetence: db.prepare<[number, number]>('INSERT INTO shift_competences (shift_id, competence_id) VALUES (?, ?)'),
    assign: db.prepare<{ id: number; version: number; staffId: number; now: string }>(
      'UPDATE shifts SET staff_id = :staffId, open_reason = NULL, version = version + 1, updated_at = :now WHERE id = :id AND version = :version',
    ),
    unassign: db.prepare<{ id: number; version: number; now: string }>(
      "UPDATE shifts SET staff_id = NULL, open_reason = 'afmeldt', version = version + 1, updated_at = :now WHERE id = :id AND version = :version",
    ),
    hasTilsynsbog: db.prepare<[number], number>('SELECT count(*) FROM tilsynsbog WHERE shift_id = ?').pluck(),
    deleteCompetences: db.prepare<[number]>('DELETE FROM shift_competences WHERE shift_id = ?'),
    deleteShift: db.prepare<{ id: number; version: number }>('DELETE FROM shifts WHERE id = :id AND version = :version'),
    insertTilsynsbog: db.prepare<{ shiftId: number; staffId: number; rules: string; message: string; reason: string; userId: number; now: string }>(
      `INSERT INTO tilsynsbog (shift_id, staff_id, rules, message, reason, created_by, created_at)
       VALUES (:shiftId, :staffId, :rules, :message, :reason, :userId, :now)`,
    ),
    /** Entries for shifts dated in the period; `residenceIds` a JSON array, or null for every residence. */
    tilsynsbog: db.prepare<{ from: string; to: string; residenceIds: string | null }, TilsynsbogRow>(
      `SELECT tb.id, tb.shift_id, sh.shift_date, r.name AS residence_name, st.name AS staff_name, tb.rules, tb.message, tb.reason,
              u.display_name AS by_name, tb.created_at
       FROM tilsynsbog tb
       JOIN shifts sh ON sh.id = tb.shift_id
       JOIN residences r ON r.id = sh.residence_id
       JOIN staff st ON st.id = tb.staff_id
       JOIN users u ON u.id = tb.created_by
       WHERE sh.shift_date BETWEEN :from AND :to
         AND (:residenceIds IS NULL OR sh.residence_id IN (SELECT value FROM json_each(:residenceIds)))
       ORDER BY sh.shift_date, sh.starts_at, tb.created_at, tb.id`,
    ),
  };
}
