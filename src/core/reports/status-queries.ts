// SQL for the statusrapport: its saved draft, and what the report gathers about one citizen for a
// period beyond the goals (stamdata, placement, notes marked for the report, incidents).
import type { IncidentKind } from '../../contract/plan-terms';
import type { Recommendation, StatusReason } from '../../contract/areas/reports';
import type { Db } from '../db/open-database';

export interface DraftRecord {
  citizen_id: number;
  period_from: string;
  period_to: string;
  reason: StatusReason;
  reason_text: string | null;
  assessment: string | null;
  recommendation: Recommendation | null;
  recommendation_text: string | null;
  next_follow_up: string | null;
  citizen_remarks: string | null;
  guardian_remarks: string | null;
  signer_name: string | null;
  signer_title: string | null;
  version: number;
  updated_at: string;
  updated_by_name: string;
}

export interface CitizenRecord {
  first_name: string;
  last_name: string;
  cpr: string;
  guardian_name: string | null;
  contact_name: string | null;
}

export interface StayRecord {
  residence_name: string;
  room: string | null;
  move_in: string;
  move_out: string | null;
  legal_basis: string;
}

export interface PlacementRecord {
  acting_code: string;
  acting_name: string;
  paying_name: string;
  case_worker_name: string | null;
  case_worker_phone: string | null;
  case_worker_email: string | null;
  legal_basis: string;
}

export interface StatusNoteRecord {
  version_id: number;
  note_date: string;
  body: string;
  for_status_report: number;
  author: string;
}

export interface StatusIncidentRecord {
  kind: IncidentKind;
  incident_type: string | null;
  occurred_date: string;
  description: string;
  reported: number;
}

type Period = { citizenId: number; from: string; to: string };

export function createStatusQueries(db: Db) {
  return {
    draft: db.prepare<[number], DraftRecord>(`
      SELECT d.citizen_id, d.period_from, d.period_to, d.reason, d.reason_text, d.assessment, d.recommendation, d.recommendation_text,
             d.next_follow_up, d.citizen_remarks, d.guardian_remarks, d.signer_name, d.signer_title, d.version, d.updated_at,
             u.display_name AS updated_by_name
      FROM status_report_drafts d JOIN users u ON u.id = d.updated_by
      WHERE d.citizen_id = ?`),
    insertDraft: db.prepare(`
      INSERT INTO status_report_drafts (citizen_id, period_from, period_to, reason, reason_text, assessment, recommendation, recommendation_text,
        next_follow_up, citizen_remarks, guardian_remarks, signer_name, signer_title, version, updated_by, updated_at)
      VALUES (:citizenId, :periodFrom, :periodTo, :reason, :reasonText, :assessment, :recommendation, :recommendationText,
        :nextFollowUp, :citizenRemarks, :guardianRemarks, :signerName, :signerTitle, 1, :actorId, :now)`),
    updateDraft: db.prepare(`
      UPDATE status_report_drafts SET period_from = :periodFrom, period_to = :periodTo, reason = :reason, reason_text = :reasonText,
        assessment = :assessment, recommendation = :recommendation, recommendation_text = :recommendationText, next_follow_up = :nextFollowUp,
        citizen_remarks = :citizenRemarks, guardian_remarks = :guardianRemarks, signer_name = :signerName, signer_title = :signerTitle,
        version = version + 1, updated_by = :actorId, updated_at = :now
      WHERE citizen_id = :citizenId AND version = :version`),
    displayName: db.prepare<[number], string>('SELECT display_name FROM users WHERE id = ?').pluck(),
    /** The earliest follow-up date of the citizen's active goals from `today` on: a suggestion for the next follow-up. */
    nextGoalFollowUp: db
      .prepare<[number, string], string | null>("SELECT min(next_follow_up) FROM goals WHERE citizen_id = ? AND status = 'aktiv' AND next_follow_up >= ?")
      .pluck(),

    citizen: db.prepare<[number], CitizenRecord>(`
      SELECT c.first_name, c.last_name, c.cpr, c.guardian_name, s.name AS contact_name
      FROM citizens c LEFT JOIN staff s ON s.id = c.contact_staff_id
      WHERE c.id = ?`),
    /** The stay that overlaps the period's end most recently (else the latest before it). */
    stay: db.prepare<Period, StayRecord>(`
      SELECT r.name AS residence_name, s.room, s.move_in, s.move_out, lb.paragraph AS legal_basis
      FROM citizen_stays s JOIN residences r ON r.id = s.residence_id JOIN legal_bases lb ON lb.code = r.legal_basis_code
      WHERE s.citizen_id = :citizenId AND s.move_in <= :to
      ORDER BY s.move_in DESC, s.id DESC LIMIT 1`),
    /** The placement in force at the period's end, else the latest that began before it. */
    placement: db.prepare<Period, PlacementRecord>(`
      SELECT p.acting_municipality_code AS acting_code, am.name AS acting_name, pm.name AS paying_name,
             p.case_worker_name, p.case_worker_phone, p.case_worker_email, lb.paragraph || ' (' || lb.title || ')' AS legal_basis
      FROM placements p
      JOIN municipalities am ON am.code = p.acting_municipality_code
      JOIN municipalities pm ON pm.code = p.paying_municipality_code
      JOIN legal_bases lb ON lb.code = p.legal_basis_code
      WHERE p.citizen_id = :citizenId AND p.start_date <= :to
      ORDER BY CASE WHEN p.end_date IS NULL OR p.end_date >= :to THEN 0 ELSE 1 END, p.start_date DESC, p.id DESC LIMIT 1`),
    /** Every note in the period (current version); only those marked for the report are printed, the rest are counted per theme. */
    notes: db.prepare<Period, StatusNoteRecord>(`
      SELECT v.id AS version_id, n.note_date, v.body, n.for_status_report, u.display_name AS author
      FROM notes n
      JOIN note_versions v ON v.note_id = n.id AND v.version = n.current_version
      JOIN users u ON u.id = n.created_by
      WHERE n.citizen_id = :citizenId AND n.note_date >= :from AND n.note_date <= :to
      ORDER BY n.note_date, n.id`),
    /** The FFB codes a note version is about: its own themes and those of the goals it links to. */
    noteCodes: db.prepare<Period, { version_id: number; code: string }>(`
      SELECT t.note_version_id AS version_id, t.theme_code AS code
      FROM note_version_themes t JOIN note_versions v ON v.id = t.note_version_id JOIN notes n ON n.id = v.note_id AND v.version = n.current_version
      WHERE n.citizen_id = :citizenId AND n.note_date >= :from AND n.note_date <= :to
      UNION
      SELECT l.note_version_id AS version_id, g.ffb_code AS code
      FROM note_version_goals l JOIN goals g ON g.id = l.goal_id JOIN note_versions v ON v.id = l.note_version_id
      JOIN notes n ON n.id = v.note_id AND v.version = n.current_version
      WHERE n.citizen_id = :citizenId AND n.note_date >= :from AND n.note_date <= :to`),
    incidents: db.prepare<Period, StatusIncidentRecord>(`
      SELECT kind, incident_type, occurred_date, description, reported
      FROM incidents
      WHERE citizen_id = :citizenId AND occurred_date >= :from AND occurred_date <= :to
      ORDER BY occurred_date, id`),
  };
}

export type StatusQueries = ReturnType<typeof createStatusQueries>;
