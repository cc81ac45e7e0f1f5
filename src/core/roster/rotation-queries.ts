// SQL for the basisplan (rotations and their slots) and its roll-out, prepared once.
import type { Db } from '../db/open-database';

export interface RotationRecord {
  residence_id: number;
  weeks: number;
  start_date: string;
  version: number;
}

export interface SlotRecord {
  week: number;
  weekday: number;
  shift_type_id: number;
  staff_id: number;
}

export interface ShiftTypeRecord {
  id: number;
  residence_id: number;
  name: string;
  kind: 'dag' | 'aften' | 'nat';
  start_time: string;
  end_time: string;
  night_mode: 'vaagen' | 'sovende' | null;
  active: number;
}

export function createRotationQueries(db: Db) {
  return {
    residence: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM residences WHERE id = ?'),
    rotation: db.prepare<[number], RotationRecord>('SELECT residence_id, weeks, start_date, version FROM rotations WHERE residence_id = ?'),
    slots: db.prepare<[number], SlotRecord>(
      `SELECT rs.week, rs.weekday, rs.shift_type_id, rs.staff_id FROM rotation_slots rs
       JOIN shift_types t ON t.id = rs.shift_type_id JOIN staff s ON s.id = rs.staff_id
       WHERE rs.residence_id = ? ORDER BY rs.week, rs.weekday, t.start_time, s.name_sort, rs.id`,
    ),
    shiftTypes: db.prepare<[number], ShiftTypeRecord>(
      'SELECT id, residence_id, name, kind, start_time, end_time, night_mode, active FROM shift_types WHERE residence_id = ? ORDER BY start_time, id',
    ),
    staff: db.prepare<[number], { id: number; name: string; active: number }>('SELECT id, name, active FROM staff WHERE id = ?'),
    insertRotation: db.prepare(
      `INSERT INTO rotations (residence_id, weeks, start_date, version, updated_by, updated_at)
       VALUES (@residenceId, @weeks, @startDate, 1, @userId, @now)`,
    ),
    updateRotation: db.prepare(
      `UPDATE rotations SET weeks = @weeks, start_date = @startDate, version = version + 1, updated_by = @userId, updated_at = @now
       WHERE residence_id = @residenceId AND version = @version`,
    ),
    deleteSlots: db.prepare<[number]>('DELETE FROM rotation_slots WHERE residence_id = ?'),
    insertSlot: db.prepare('INSERT INTO rotation_slots (residence_id, week, weekday, shift_type_id, staff_id) VALUES (?, ?, ?, ?, ?)'),

    // Roll-out.
    plannedDates: db.prepare<{ residenceId: number; from: string; to: string }, string>(
      `SELECT DISTINCT shift_date FROM shifts
       WHERE residence_id = :residenceId AND shift_date BETWEEN :from AND :to AND source IN ('basisplan', 'behov')`,
    ).pluck(),
    needs: db.prepare<[number], { id: number; shift_type_id: number; weekday: number; staff_count: number }>(
      `SELECT n.id, n.shift_type_id, n.weekday, n.staff_count FROM staffing_needs n
       JOIN shift_types t ON t.id = n.shift_type_id WHERE t.residence_id = ? AND t.active = 1`,
    ),
    needCompetences: db.prepare<[number], { staffing_need_id: number; competence_id: number }>(
      `SELECT nc.staffing_need_id, nc.competence_id FROM staffing_need_competences nc
       JOIN staffing_needs n ON n.id = nc.staffing_need_id JOIN shift_types t ON t.id = n.shift_type_id
       WHERE t.residence_id = ? ORDER BY nc.competence_id`,
    ),
    absences: db.prepare<{ from: string; to: string }, { staff_id: number; from_date: string; to_date: string }>(
      'SELECT staff_id, from_date, to_date FROM absences WHERE from_date <= :to AND to_date >= :from',
    ),
    insertShift: db.prepare(
      `INSERT INTO shifts (residence_id, shift_type_id, kind, name, shift_date, start_time, end_time, starts_at, ends_at, minutes,
         sleeping, staff_id, open_reason, source, created_at, updated_at)
       VALUES (@residenceId, @shiftTypeId, @kind, @name, @date, @start, @end, @startsAt, @endsAt, @minutes,
         @sleeping, @staffId, @openReason, @source, @now, @now)`,
    ),
    insertShiftCompetence: db.prepare('INSERT INTO shift_competences (shift_id, competence_id) VALUES (?, ?)'),
    /** A basisplan assignment that breaks a rule is not made: the shift stays open for the planner. */
    openShift: db.prepare<[number]>("UPDATE shifts SET staff_id = NULL, open_reason = 'behov' WHERE id = ?"),
  };
}

export type RotationQueries = ReturnType<typeof createRotationQueries>;
