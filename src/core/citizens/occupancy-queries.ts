// SQL for occupancy (belægning), prepared once: the residences, the stays touching a period, and
// the active waiting-list entries per residence.
import { ACTIVE_WAITING_SQL } from './citizen-access';
import type { Db } from '../db/open-database';

export function createOccupancyQueries(db: Db) {
  return {
    residences: db.prepare<{ residenceId: number | null }, { id: number; name: string; places: number }>(
      `SELECT id, name, places FROM residences
       WHERE (:residenceId IS NULL AND archived_at IS NULL) OR id = :residenceId
       ORDER BY name_sort, id`,
    ),
    /** Every stay sharing a day with `:from`..`:to`, or with today. */
    stays: db.prepare<{ from: string; to: string; today: string }, { residence_id: number; move_in: string; move_out: string | null }>(
      `SELECT residence_id, move_in, move_out FROM citizen_stays
       WHERE (move_in <= :to AND (move_out IS NULL OR move_out >= :from))
          OR (move_in <= :today AND (move_out IS NULL OR move_out >= :today))`,
    ),
    waiting: db.prepare<[], { residence_id: number; waiting: number }>(
      `SELECT residence_id, count(*) AS waiting FROM waiting_list WHERE status IN (${ACTIVE_WAITING_SQL}) GROUP BY residence_id`,
    ),
    exists: db.prepare<[number], number>('SELECT 1 FROM residences WHERE id = ?').pluck(),
  };
}
