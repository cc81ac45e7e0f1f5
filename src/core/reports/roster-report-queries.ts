// SQL for the roster-side reports (ugeplan, vikartimer, vikarmappe), prepared once: the residence's
// stamdata, its shift types and home staff, where substitutes worked, and the generating user's name.
import type { Db } from '../db/open-database';

export interface ResidenceFacts {
  id: number;
  name: string;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  department_head: string | null;
  target_group: string | null;
  legal_paragraph: string;
  legal_title: string;
}

export function createRosterReportQueries(db: Db) {
  return {
    residence: db.prepare<[number], ResidenceFacts>(
      `SELECT r.id, r.name, r.street, r.postal_code, r.city, r.phone, r.email, r.department_head, r.target_group,
              l.paragraph AS legal_paragraph, l.title AS legal_title
       FROM residences r JOIN legal_bases l ON l.code = r.legal_basis_code WHERE r.id = ?`,
    ),
    shiftTypes: db.prepare<[number], { id: number; name: string; kind: 'dag' | 'aften' | 'nat'; start_time: string; end_time: string; night_mode: 'vaagen' | 'sovende' | null }>(
      'SELECT id, name, kind, start_time, end_time, night_mode FROM shift_types WHERE residence_id = ? AND active = 1 ORDER BY start_time, id',
    ),
    homeStaff: db.prepare<[number], { name: string; title: string; employment: 'fast' | 'vikar' }>(
      'SELECT name, title, employment FROM staff WHERE home_residence_id = ? AND active = 1 ORDER BY name_sort, id',
    ),
    /** The residences each substitute worked at in the period (one row per pair), in Danish order. */
    substituteResidences: db.prepare<{ from: string; to: string }, { staff_id: number; residence_id: number; name: string }>(
      `SELECT DISTINCT sh.staff_id, r.id AS residence_id, r.name, r.name_sort
       FROM shifts sh JOIN staff s ON s.id = sh.staff_id JOIN residences r ON r.id = sh.residence_id
       WHERE sh.shift_date BETWEEN :from AND :to AND s.employment = 'vikar'
       ORDER BY sh.staff_id, r.name_sort`,
    ),
    userName: db.prepare<[number], string>('SELECT display_name FROM users WHERE id = ?').pluck(),
  };
}

export type RosterReportQueries = ReturnType<typeof createRosterReportQueries>;
