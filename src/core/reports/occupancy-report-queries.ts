// SQL for the occupancy report, prepared once: moves in and out per residence and calendar month
// of a period (the day counting itself is the occupancy service's).
import type { Db } from '../db/open-database';

export interface MoveCount {
  residence_id: number;
  /** åååå-mm */
  month: string;
  count: number;
}

export function createOccupancyReportQueries(db: Db) {
  return {
    moveIns: db.prepare<{ from: string; to: string }, MoveCount>(`
      SELECT residence_id, substr(move_in, 1, 7) AS month, count(*) AS count FROM citizen_stays
      WHERE move_in >= :from AND move_in <= :to GROUP BY residence_id, substr(move_in, 1, 7)`),
    moveOuts: db.prepare<{ from: string; to: string }, MoveCount>(`
      SELECT residence_id, substr(move_out, 1, 7) AS month, count(*) AS count FROM citizen_stays
      WHERE move_out >= :from AND move_out <= :to GROUP BY residence_id, substr(move_out, 1, 7)`),
    residenceName: db.prepare<[number], string>('SELECT name FROM residences WHERE id = ?').pluck(),
  };
}
