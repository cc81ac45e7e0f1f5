// SQL for citizens and their stays, prepared once. The status and the stay a list shows (the
// current one, else the latest) are defined here once: the list's keys, the list's rows and the
// citizen page all read them, so they always agree.
import type { Db } from '../db/open-database';
import { ACTIVE_WAITING_SQL } from './citizen-access';

export interface CitizenRecord {
  id: number;
  first_name: string;
  last_name: string;
  cpr: string;
  birth_date: string;
  communication_needs: string | null;
  guardian_name: string | null;
  guardian_phone: string | null;
  guardian_email: string | null;
  contact_staff_id: number | null;
  contact_staff_name: string | null;
  second_contact_staff_id: number | null;
  second_contact_staff_name: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One row of CITIZEN_ROWS_SQL. */
export interface CitizenRowRecord {
  id: number;
  first_name: string;
  last_name: string;
  cpr: string;
  birth_date: string;
  status: 'current' | 'waiting' | 'moved_out' | 'none';
  residence_id: number | null;
  residence_name: string | null;
  room: string | null;
  move_in: string | null;
  move_out: string | null;
  acting_municipality_code: string | null;
  acting_municipality_name: string | null;
  contact_staff_name: string | null;
}

export interface StayRecord {
  id: number;
  citizen_id: number;
  residence_id: number;
  residence_name: string;
  room: string | null;
  move_in: string;
  move_out: string | null;
  current: number;
}

export interface ResidenceRef {
  id: number;
  name: string;
  places: number;
  archived_at: string | null;
}

const CURRENT = (alias: string) => `${alias}.move_in <= :today AND (${alias}.move_out IS NULL OR ${alias}.move_out >= :today)`;

/**
 * A citizen's status on `:today`: living somewhere (a current stay); else waiting (an active
 * waiting-list entry or a stay still to come); else moved out (only past stays); else none.
 */
export const STATUS_SQL = `
  CASE
    WHEN EXISTS (SELECT 1 FROM citizen_stays s WHERE s.citizen_id = c.id AND ${CURRENT('s')}) THEN 'current'
    WHEN EXISTS (SELECT 1 FROM citizen_stays s WHERE s.citizen_id = c.id AND s.move_in > :today)
      OR EXISTS (SELECT 1 FROM waiting_list w WHERE w.citizen_id = c.id AND w.status IN (${ACTIVE_WAITING_SQL})) THEN 'waiting'
    WHEN EXISTS (SELECT 1 FROM citizen_stays s WHERE s.citizen_id = c.id) THEN 'moved_out'
    ELSE 'none'
  END`;

/** The stay a list shows: the current one, else the latest (by move-in). */
const SHOWN_STAY = `coalesce(
    (SELECT s.id FROM citizen_stays s WHERE s.citizen_id = c.id AND ${CURRENT('s')} ORDER BY s.move_in DESC, s.id DESC LIMIT 1),
    (SELECT s.id FROM citizen_stays s WHERE s.citizen_id = c.id ORDER BY s.move_in DESC, s.id DESC LIMIT 1))`;

/**
 * What the list filters and sorts on, one row per citizen with nothing joined. SQLite computes
 * only the columns a query names, so counting and paging stay cheap; whole rows are read only for
 * the page shown (CITIZEN_ROWS_SQL by id).
 */
export const CITIZEN_KEYS_SQL = `
  SELECT c.id, c.name_sort, c.search_text, c.cpr, c.birth_date, ${STATUS_SQL} AS status,
    (SELECT r.name_sort FROM citizen_stays s JOIN residences r ON r.id = s.residence_id WHERE s.id = ${SHOWN_STAY}) AS residence_sort,
    (SELECT s.move_in FROM citizen_stays s WHERE s.id = ${SHOWN_STAY}) AS move_in
  FROM citizens c`;

/** Everything a list row and a citizen's page show, per citizen. */
export const CITIZEN_ROWS_SQL = `
  SELECT c.id, c.first_name, c.last_name, c.name_sort, c.search_text, c.cpr, c.birth_date, ${STATUS_SQL} AS status,
    ds.residence_id, r.name AS residence_name, r.name_sort AS residence_sort, ds.room, ds.move_in, ds.move_out,
    m.code AS acting_municipality_code, m.name AS acting_municipality_name,
    cs.name AS contact_staff_name
  FROM citizens c
  LEFT JOIN citizen_stays ds ON ds.id = ${SHOWN_STAY}
  LEFT JOIN residences r ON r.id = ds.residence_id
  LEFT JOIN placements pl ON pl.id = (
    SELECT p.id FROM placements p
    WHERE p.citizen_id = c.id AND p.start_date <= :today AND (p.end_date IS NULL OR p.end_date >= :today)
    ORDER BY p.start_date DESC, p.id DESC
    LIMIT 1)
  LEFT JOIN municipalities m ON m.code = pl.acting_municipality_code
  LEFT JOIN staff cs ON cs.id = c.contact_staff_id`;

const STAY_SELECT = `
  SELECT s.id, s.citizen_id, s.residence_id, r.name AS residence_name, s.room, s.move_in, s.move_out,
         CASE WHEN ${CURRENT('s')} THEN 1 ELSE 0 END AS current
  FROM citizen_stays s JOIN residences r ON r.id = s.residence_id`;

/** Stays that share a day with `:moveIn`..`:lastDay` (inclusive; `:lastDay` is far away for an open stay). */
const OVERLAPPING = 's.id <> :excludeId AND s.move_in <= :lastDay AND (s.move_out IS NULL OR s.move_out >= :moveIn)';

export function createCitizensQueries(db: Db) {
  return {
    byId: db.prepare<[number], CitizenRecord>(
      `SELECT c.*, cs.name AS contact_staff_name, cs2.name AS second_contact_staff_name
       FROM citizens c LEFT JOIN staff cs ON cs.id = c.contact_staff_id LEFT JOIN staff cs2 ON cs2.id = c.second_contact_staff_id
       WHERE c.id = ?`,
    ),
    rowById: db.prepare<{ id: number; today: string }, CitizenRowRecord>(`SELECT * FROM (${CITIZEN_ROWS_SQL}) AS cr WHERE cr.id = :id`),
    idByCpr: db.prepare<[string], number>('SELECT id FROM citizens WHERE cpr = ?').pluck(),
    insert: db.prepare(
      `INSERT INTO citizens (first_name, last_name, name_sort, search_text, cpr, birth_date, communication_needs, guardian_name,
         guardian_phone, guardian_email, contact_staff_id, second_contact_staff_id, created_at, updated_at)
       VALUES (@firstName, @lastName, @nameSort, @searchText, @cpr, @birthDate, @communicationNeeds, @guardianName,
         @guardianPhone, @guardianEmail, @contactStaffId, @secondContactStaffId, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE citizens SET first_name = @firstName, last_name = @lastName, name_sort = @nameSort, search_text = @searchText,
         cpr = @cpr, birth_date = @birthDate, communication_needs = @communicationNeeds, guardian_name = @guardianName,
         guardian_phone = @guardianPhone, guardian_email = @guardianEmail, contact_staff_id = @contactStaffId,
         second_contact_staff_id = @secondContactStaffId, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
    staff: db.prepare<[number], { id: number; name: string; active: number }>('SELECT id, name, active FROM staff WHERE id = ?'),
    residence: db.prepare<[number], ResidenceRef>('SELECT id, name, places, archived_at FROM residences WHERE id = ?'),

    stays: db.prepare<{ citizenId: number; today: string }, StayRecord>(`${STAY_SELECT} WHERE s.citizen_id = :citizenId ORDER BY s.move_in DESC, s.id DESC`),
    stay: db.prepare<{ id: number; today: string }, StayRecord>(`${STAY_SELECT} WHERE s.id = :id`),
    overlappingOwnStay: db.prepare<{ citizenId: number; excludeId: number; moveIn: string; lastDay: string }, { residence_name: string; move_in: string; move_out: string | null }>(
      `SELECT r.name AS residence_name, s.move_in, s.move_out FROM citizen_stays s JOIN residences r ON r.id = s.residence_id
       WHERE s.citizen_id = :citizenId AND ${OVERLAPPING} ORDER BY s.move_in LIMIT 1`,
    ),
    staysAtResidence: db.prepare<{ residenceId: number; excludeId: number; moveIn: string; lastDay: string }, { move_in: string; move_out: string | null }>(
      `SELECT s.move_in, s.move_out FROM citizen_stays s WHERE s.residence_id = :residenceId AND ${OVERLAPPING}`,
    ),
    insertStay: db.prepare(
      'INSERT INTO citizen_stays (citizen_id, residence_id, room, move_in, move_out) VALUES (@citizenId, @residenceId, @room, @moveIn, @moveOut)',
    ),
    updateStay: db.prepare('UPDATE citizen_stays SET residence_id = @residenceId, room = @room, move_in = @moveIn, move_out = @moveOut WHERE id = @id'),
    deleteStay: db.prepare('DELETE FROM citizen_stays WHERE id = ?'),
  };
}

export type CitizensQueries = ReturnType<typeof createCitizensQueries>;
