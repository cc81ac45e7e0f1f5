// SQL for absence (fravær), prepared once: the absence with staff and recorder names, overlaps,
// and the staff member's shifts that absence turns into open shifts.
import type { AbsenceKind } from '../../contract/roster-terms';
import type { Db } from '../db/open-database';

export interface AbsenceRecord {
  id: number;
  staff_id: number;
  staff_name: string;
  home_residence_id: number | null;
  kind: AbsenceKind;
  from_date: string;
  to_date: string;
  note: string | null;
  recorded_by_name: string;
  created_at: string;
}

const SELECT = `
  SELECT a.id, a.staff_id, s.name AS staff_name, s.home_residence_id, a.kind, a.from_date, a.to_date, a.note,
         u.display_name AS recorded_by_name, a.created_at
  FROM absences a JOIN staff s ON s.id = a.staff_id JOIN users u ON u.id = a.recorded_by`;

export function createAbsencesQueries(db: Db) {
  return {
    byId: db.prepare<[number], AbsenceRecord>(`${SELECT} WHERE a.id = ?`),
    /** Absence overlapping from-to (inclusive), optionally for one member or one home residence. */
    list: db.prepare<{ from: string; to: string; staffId: number | null; residenceId: number | null }, AbsenceRecord>(
      `${SELECT}
       WHERE a.from_date <= :to AND a.to_date >= :from
         AND (:staffId IS NULL OR a.staff_id = :staffId) AND (:residenceId IS NULL OR s.home_residence_id = :residenceId)
       ORDER BY a.from_date, s.name_sort, a.id`,
    ),
    overlapping: db.prepare<{ staffId: number; from: string; to: string }, AbsenceRecord>(
      `${SELECT} WHERE a.staff_id = :staffId AND a.from_date <= :to AND a.to_date >= :from ORDER BY a.from_date LIMIT 1`,
    ),
    staff: db.prepare<[number], { id: number; name: string; home_residence_id: number | null }>('SELECT id, name, home_residence_id FROM staff WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO absences (staff_id, kind, from_date, to_date, note, recorded_by, created_at)
       VALUES (@staffId, @kind, @from, @to, @note, @recordedBy, @now)`,
    ),
    remove: db.prepare<[number]>('DELETE FROM absences WHERE id = ?'),
    shiftIdsIn: db.prepare<{ staffId: number; from: string; to: string }, number>(
      'SELECT id FROM shifts WHERE staff_id = :staffId AND shift_date BETWEEN :from AND :to ORDER BY starts_at, id',
    ).pluck(),
    openShift: db.prepare<{ id: number; now: string }>(
      "UPDATE shifts SET staff_id = NULL, open_reason = 'fravaer', version = version + 1, updated_at = :now WHERE id = :id",
    ),
  };
}
