// SQL for approved (locked) roster periods, prepared once.
import type { Db } from '../db/open-database';

export interface ApprovalRecord {
  id: number;
  residence_id: number;
  from_date: string;
  to_date: string;
  approved_by_name: string;
  approved_at: string;
}

export function createApprovalsQueries(db: Db) {
  return {
    byId: db.prepare<[number], ApprovalRecord>(
      `SELECT a.id, a.residence_id, a.from_date, a.to_date, u.display_name AS approved_by_name, a.approved_at
       FROM roster_approvals a JOIN users u ON u.id = a.approved_by WHERE a.id = ?`,
    ),
    residence: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM residences WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO roster_approvals (residence_id, from_date, to_date, approved_by, approved_at)
       VALUES (@residenceId, @from, @to, @approvedBy, @now)`,
    ),
  };
}
