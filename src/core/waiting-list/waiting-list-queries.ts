// SQL for the waiting list (venteliste), prepared once.
import { ACTIVE_WAITING_SQL, SCOPED_RESIDENCES_SQL } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export interface WaitingRecord {
  id: number;
  citizen_id: number;
  citizen_name: string;
  cpr: string;
  residence_id: number;
  residence_name: string;
  requested_date: string;
  desired_move_in: string | null;
  status: 'venter' | 'tilbudt' | 'accepteret' | 'afvist' | 'trukket' | 'indflyttet';
  status_date: string;
  note: string | null;
}

const SELECT = `
  SELECT w.id, w.citizen_id, c.first_name || ' ' || c.last_name AS citizen_name, c.cpr, w.residence_id, r.name AS residence_name,
         w.requested_date, w.desired_move_in, w.status, w.status_date, w.note
  FROM waiting_list w JOIN citizens c ON c.id = w.citizen_id JOIN residences r ON r.id = w.residence_id`;

export function createWaitingListQueries(db: Db) {
  return {
    byId: db.prepare<[number], WaitingRecord>(`${SELECT} WHERE w.id = ?`),
    list: db.prepare<{ residenceId: number | null; citizenId: number | null; includeClosed: number; scopeUserId: number | null }, WaitingRecord>(
      `${SELECT}
       WHERE (:residenceId IS NULL OR w.residence_id = :residenceId)
         AND (:citizenId IS NULL OR w.citizen_id = :citizenId)
         AND (:includeClosed = 1 OR w.status IN (${ACTIVE_WAITING_SQL}))
         AND (:scopeUserId IS NULL OR w.residence_id IN ${SCOPED_RESIDENCES_SQL})
       ORDER BY w.requested_date, w.id`,
    ),
    activeEntry: db.prepare<[number, number], number>(
      `SELECT id FROM waiting_list WHERE citizen_id = ? AND residence_id = ? AND status IN (${ACTIVE_WAITING_SQL})`,
    ).pluck(),
    /** A stay at the residence that had not ended by `:since` (the request date): the move-in the entry led to. */
    stayAtResidence: db.prepare<{ citizenId: number; residenceId: number; since: string }, number>(
      `SELECT id FROM citizen_stays WHERE citizen_id = :citizenId AND residence_id = :residenceId AND (move_out IS NULL OR move_out >= :since)`,
    ).pluck(),
    insert: db.prepare(
      `INSERT INTO waiting_list (citizen_id, residence_id, requested_date, desired_move_in, status, status_date, note, created_at, updated_at)
       VALUES (@citizenId, @residenceId, @requestedDate, @desiredMoveIn, 'venter', @requestedDate, @note, @now, @now)`,
    ),
    setStatus: db.prepare('UPDATE waiting_list SET status = @status, status_date = @statusDate, note = @note, updated_at = @now WHERE id = @id'),
  };
}

export type WaitingListQueries = ReturnType<typeof createWaitingListQueries>;
