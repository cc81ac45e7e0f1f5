// SQL for consents (samtykker) and their subjects, prepared once. The recipient's name is read
// from the relative when the consent names one, so a corrected name shows everywhere.
import type { ConsentRecipient } from '../../contract/areas/consents';
import type { Db } from '../db/open-database';

export interface ConsentRecord {
  id: number;
  citizen_id: number;
  recipient_type: ConsentRecipient;
  relative_id: number | null;
  recipient_name: string;
  given_date: string;
  given_by: 'borger' | 'vaerge';
  expires_date: string | null;
  revoked_date: string | null;
  revoked_reason: string | null;
  note: string | null;
  recorded_by_name: string;
  created_at: string;
}

const SELECT = `
  SELECT c.id, c.citizen_id, c.recipient_type, c.relative_id, coalesce(r.name, c.recipient_name) AS recipient_name,
         c.given_date, c.given_by, c.expires_date, c.revoked_date, c.revoked_reason, c.note,
         u.display_name AS recorded_by_name, c.created_at
  FROM consents c
  JOIN users u ON u.id = c.recorded_by
  LEFT JOIN relatives r ON r.id = c.relative_id`;

export function createConsentsQueries(db: Db) {
  return {
    byId: db.prepare<[number], ConsentRecord>(`${SELECT} WHERE c.id = ?`),
    forCitizen: db.prepare<[number], ConsentRecord>(`${SELECT} WHERE c.citizen_id = ? ORDER BY c.given_date DESC, c.id DESC`),
    subjectsOf: db.prepare<[number], string>('SELECT subject FROM consent_subjects WHERE consent_id = ?').pluck(),
    subjectsForCitizen: db.prepare<[number], { consent_id: number; subject: string }>(
      `SELECT cs.consent_id, cs.subject FROM consent_subjects cs JOIN consents c ON c.id = cs.consent_id WHERE c.citizen_id = ?`,
    ),
    /** The citizen's relative (not removed) by id: a consent may only name one of them. */
    relativeName: db.prepare<[number, number], string>('SELECT name FROM relatives WHERE id = ? AND citizen_id = ? AND removed_at IS NULL').pluck(),
    insert: db.prepare(
      `INSERT INTO consents (citizen_id, recipient_type, relative_id, recipient_name, given_date, given_by, expires_date, note, recorded_by, created_at)
       VALUES (@citizenId, @recipientType, @relativeId, @recipientName, @givenDate, @givenBy, @expiresDate, @note, @recordedBy, @now)`,
    ),
    insertSubject: db.prepare('INSERT INTO consent_subjects (consent_id, subject) VALUES (?, ?)'),
    revoke: db.prepare('UPDATE consents SET revoked_date = ?, revoked_reason = ? WHERE id = ? AND revoked_date IS NULL'),
  };
}
