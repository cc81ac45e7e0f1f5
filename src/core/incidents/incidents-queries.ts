// SQL for incidents (magtanvendelser, utilsigtede hændelser, hospital stays), prepared once.
import type { IncidentKind } from '../../contract/plan-terms';
import type { Db } from '../db/open-database';

export interface IncidentRecord {
  id: number;
  citizen_id: number;
  kind: IncidentKind;
  incident_type: string | null;
  occurred_date: string;
  occurred_time: string | null;
  description: string;
  reported: number;
  reported_date: string | null;
  recorded_by_name: string;
  created_at: string;
}

const SELECT = `
  SELECT i.id, i.citizen_id, i.kind, i.incident_type, i.occurred_date, i.occurred_time, i.description, i.reported,
         i.reported_date, u.display_name AS recorded_by_name, i.created_at
  FROM incidents i
  JOIN users u ON u.id = i.recorded_by`;

export function createIncidentsQueries(db: Db) {
  return {
    byId: db.prepare<[number], IncidentRecord>(`${SELECT} WHERE i.id = ?`),
    /** Newest first; a known time orders incidents of the same day, those without one after them. */
    forCitizen: db.prepare<[number], IncidentRecord>(
      `${SELECT} WHERE i.citizen_id = ?
       ORDER BY i.occurred_date DESC, CASE WHEN i.occurred_time IS NULL THEN 1 ELSE 0 END, i.occurred_time DESC, i.id DESC`,
    ),
    insert: db.prepare(
      `INSERT INTO incidents (citizen_id, kind, incident_type, occurred_date, occurred_time, description, reported, reported_date, recorded_by, created_at)
       VALUES (@citizenId, @kind, @type, @date, @time, @description, @reported, @reportedDate, @actorId, @now)`,
    ),
    markReported: db.prepare('UPDATE incidents SET reported = 1, reported_date = ? WHERE id = ? AND reported = 0'),
  };
}
