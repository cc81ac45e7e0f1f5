// SQL for placements (bevillinger), prepared once: with municipality names and the legal basis
// label joined in, the overlap check, and the reference rows a placement must point to.
import type { Db } from '../db/open-database';

export interface PlacementRecord {
  id: number;
  citizen_id: number;
  acting_municipality_code: string;
  acting_municipality_name: string;
  paying_municipality_code: string;
  paying_municipality_name: string;
  case_worker_name: string | null;
  case_worker_phone: string | null;
  case_worker_email: string | null;
  legal_basis_code: string;
  legal_basis_label: string;
  daily_rate_ore: number;
  start_date: string;
  end_date: string | null;
}

export interface StayPeriodRecord {
  move_in: string;
  move_out: string | null;
  legal_basis_code: string;
}

/** The far end of an open period ("until further notice") in ISO date comparisons. */
export const OPEN_END = '9999-12-31';

const SELECT = `
  SELECT p.id, p.citizen_id, p.acting_municipality_code, am.name AS acting_municipality_name,
         p.paying_municipality_code, pm.name AS paying_municipality_name,
         p.case_worker_name, p.case_worker_phone, p.case_worker_email,
         p.legal_basis_code, lb.paragraph || ' – ' || lb.title AS legal_basis_label,
         p.daily_rate_ore, p.start_date, p.end_date
  FROM placements p
  JOIN municipalities am ON am.code = p.acting_municipality_code
  JOIN municipalities pm ON pm.code = p.paying_municipality_code
  JOIN legal_bases lb ON lb.code = p.legal_basis_code`;

export function createPlacementsQueries(db: Db) {
  return {
    byId: db.prepare<[number], PlacementRecord>(`${SELECT} WHERE p.id = ?`),
    forCitizen: db.prepare<[number], PlacementRecord>(`${SELECT} WHERE p.citizen_id = ? ORDER BY p.start_date DESC, p.id DESC`),
    /** The first of the citizen's other placements whose period (dates inclusive, open end = until further notice) meets the given one. */
    overlapping: db.prepare<{ citizenId: number; exceptId: number; startDate: string; endDate: string }, PlacementRecord>(
      `${SELECT}
       WHERE p.citizen_id = :citizenId AND p.id <> :exceptId
         AND p.start_date <= :endDate AND coalesce(p.end_date, '${OPEN_END}') >= :startDate
       ORDER BY p.start_date, p.id
       LIMIT 1`,
    ),
    municipalityExists: db.prepare<[string], number>('SELECT 1 FROM municipalities WHERE code = ?').pluck(),
    legalBasisActive: db.prepare<[string], number>('SELECT active FROM legal_bases WHERE code = ?').pluck(),
    insert: db.prepare(
      `INSERT INTO placements (citizen_id, acting_municipality_code, paying_municipality_code, case_worker_name, case_worker_phone,
         case_worker_email, legal_basis_code, daily_rate_ore, start_date, end_date, created_at, updated_at)
       VALUES (@citizenId, @actingMunicipalityCode, @payingMunicipalityCode, @caseWorkerName, @caseWorkerPhone,
         @caseWorkerEmail, @legalBasisCode, @dailyRateOre, @startDate, @endDate, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE placements SET acting_municipality_code = @actingMunicipalityCode, paying_municipality_code = @payingMunicipalityCode,
         case_worker_name = @caseWorkerName, case_worker_phone = @caseWorkerPhone, case_worker_email = @caseWorkerEmail,
         legal_basis_code = @legalBasisCode, daily_rate_ore = @dailyRateOre, start_date = @startDate, end_date = @endDate, updated_at = @now
       WHERE id = @id`,
    ),
    remove: db.prepare('DELETE FROM placements WHERE id = ?'),
    /** A citizen's stays with their residence's legal basis, oldest first: what the demo's placements cover. */
    stayPeriods: db.prepare<[number], StayPeriodRecord>(
      `SELECT s.move_in, s.move_out, r.legal_basis_code
       FROM citizen_stays s JOIN residences r ON r.id = s.residence_id
       WHERE s.citizen_id = ? ORDER BY s.move_in, s.id`,
    ),
  };
}
