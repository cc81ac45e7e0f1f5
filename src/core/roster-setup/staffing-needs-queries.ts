// SQL for the staffing need (bemandingsbehov) of a residence, prepared once.
import type { Db } from '../db/open-database';

export interface StaffingNeedRecord {
  id: number;
  shift_type_id: number;
  weekday: number;
  staff_count: number;
  competence_ids: string | null;
}

export function createStaffingNeedsQueries(db: Db) {
  return {
    list: db.prepare<[number], StaffingNeedRecord>(
      `SELECT n.id, n.shift_type_id, n.weekday, n.staff_count,
              (SELECT group_concat(c.competence_id) FROM staffing_need_competences c WHERE c.staffing_need_id = n.id) AS competence_ids
       FROM staffing_needs n JOIN shift_types t ON t.id = n.shift_type_id
       WHERE t.residence_id = ?
       ORDER BY n.weekday, t.start_time, t.name, t.id`,
    ),
    residence: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM residences WHERE id = ?'),
    shiftType: db.prepare<[number], { id: number; residence_id: number; name: string; active: number }>('SELECT id, residence_id, name, active FROM shift_types WHERE id = ?'),
    competence: db.prepare<[number], { id: number; name: string; active: number }>('SELECT id, name, active FROM competences WHERE id = ?'),
    clearCompetences: db.prepare<[number]>(
      `DELETE FROM staffing_need_competences
       WHERE staffing_need_id IN (SELECT n.id FROM staffing_needs n JOIN shift_types t ON t.id = n.shift_type_id WHERE t.residence_id = ?)`,
    ),
    clear: db.prepare<[number]>('DELETE FROM staffing_needs WHERE shift_type_id IN (SELECT id FROM shift_types WHERE residence_id = ?)'),
    insert: db.prepare<[number, number, number]>('INSERT INTO staffing_needs (shift_type_id, weekday, staff_count) VALUES (?, ?, ?)'),
    addCompetence: db.prepare<[number, number]>('INSERT INTO staffing_need_competences (staffing_need_id, competence_id) VALUES (?, ?)'),
  };
}
