// SQL for a citizen's plan row (the § 141 handleplan purpose) and follow-up meetings, prepared once.
import type { FollowUpDecision, MeetingKind } from '../../contract/plan-terms';
import type { Db } from '../db/open-database';

export interface PlanRecord {
  citizen_id: number;
  handleplan_purpose: string | null;
  handleplan_date: string | null;
  handleplan_received_from: string | null;
  version: number;
  updated_at: string;
}

export interface MeetingRecord {
  id: number;
  citizen_id: number;
  meeting_date: string;
  kind: MeetingKind;
  decision: FollowUpDecision | null;
  note: string | null;
  recorded_by_name: string;
}

const MEETING = `
  SELECT m.id, m.citizen_id, m.meeting_date, m.kind, m.decision, m.note, u.display_name AS recorded_by_name
  FROM plan_meetings m
  JOIN users u ON u.id = m.recorded_by`;

export function createPlanQueries(db: Db) {
  return {
    plan: db.prepare<[number], PlanRecord>(
      `SELECT citizen_id, handleplan_purpose, handleplan_date, handleplan_received_from, version, updated_at FROM plans WHERE citizen_id = ?`,
    ),
    insertPlan: db.prepare(
      `INSERT INTO plans (citizen_id, handleplan_purpose, handleplan_date, handleplan_received_from, version, updated_by, created_at, updated_at)
       VALUES (@citizenId, @purpose, @date, @receivedFrom, 1, @actorId, @now, @now)`,
    ),
    updatePlan: db.prepare(
      `UPDATE plans SET handleplan_purpose = @purpose, handleplan_date = @date, handleplan_received_from = @receivedFrom,
                        version = version + 1, updated_by = @actorId, updated_at = @now
       WHERE citizen_id = @citizenId AND version = @version`,
    ),
    meetings: db.prepare<[number], MeetingRecord>(`${MEETING} WHERE m.citizen_id = ? ORDER BY m.meeting_date DESC, m.id DESC`),
    meetingById: db.prepare<[number], MeetingRecord>(`${MEETING} WHERE m.id = ?`),
    insertMeeting: db.prepare(
      `INSERT INTO plan_meetings (citizen_id, meeting_date, kind, decision, note, recorded_by, created_at)
       VALUES (@citizenId, @date, @kind, @decision, @note, @actorId, @now)`,
    ),
  };
}
