// SQL for consents.attention: consents in an expiry or revocation window across the citizens a user
// may see (the visibility rule is citizen-access's own SQL), and each citizen's consents in force.
import type { ConsentRecipient } from '../../contract/areas/consents';
import { citizensVisibleThroughSql, SCOPED_RESIDENCES_SQL } from '../citizens/citizen-access';
import { CITIZEN_ROWS_SQL } from '../citizens/citizens-queries';
import type { Db } from '../db/open-database';

export interface AttentionParams {
  today: string;
  /** The first day of the window back in time (today minus the days). */
  from: string;
  /** The last day of the window ahead (today plus the days). */
  until: string;
  /** A scoped user's id: only citizens visible through their residences; null: every citizen. */
  scopeUserId: number | null;
}

export interface AttentionRecord {
  id: number;
  citizen_id: number;
  recipient_type: ConsentRecipient;
  relative_id: number | null;
  recipient_name: string;
  given_date: string;
  expires_date: string | null;
  revoked_date: string | null;
  first_name: string;
  last_name: string;
  name_sort: string;
  residence_name: string | null;
}

export type InForceRecord = Pick<AttentionRecord, 'id' | 'recipient_type' | 'relative_id' | 'recipient_name' | 'given_date' | 'expires_date'>;

const RECIPIENT = 'coalesce(r.name, c.recipient_name) AS recipient_name';

/** Revoked within the window, or (not revoked by today) expiring or expired within it. */
const IN_WINDOW = `(
    (c.revoked_date IS NOT NULL AND c.revoked_date <= :today AND c.revoked_date >= :from)
    OR ((c.revoked_date IS NULL OR c.revoked_date > :today) AND c.expires_date IS NOT NULL AND c.expires_date >= :from AND c.expires_date <= :until))`;

/** The date a row shows: the revocation date when revoked by today, else the expiry date. */
const SHOWN_DATE = 'CASE WHEN c.revoked_date IS NOT NULL AND c.revoked_date <= :today THEN c.revoked_date ELSE c.expires_date END';

export function createConsentAttentionQueries(db: Db) {
  return {
    candidates: db.prepare<AttentionParams, AttentionRecord>(
      `SELECT c.id, c.citizen_id, c.recipient_type, c.relative_id, ${RECIPIENT}, c.given_date, c.expires_date, c.revoked_date,
              cr.first_name, cr.last_name, cr.name_sort, cr.residence_name
       FROM consents c
       JOIN (${CITIZEN_ROWS_SQL}) AS cr ON cr.id = c.citizen_id
       LEFT JOIN relatives r ON r.id = c.relative_id
       WHERE ${IN_WINDOW}
         AND (:scopeUserId IS NULL OR c.citizen_id IN (${citizensVisibleThroughSql(SCOPED_RESIDENCES_SQL)}))
       ORDER BY ${SHOWN_DATE}, cr.name_sort, c.id`,
    ),
    /** The citizen's consents in force today (given, neither revoked nor expired): the possible replacements. */
    inForce: db.prepare<{ citizenId: number; today: string }, InForceRecord>(
      `SELECT c.id, c.recipient_type, c.relative_id, ${RECIPIENT}, c.given_date, c.expires_date
       FROM consents c LEFT JOIN relatives r ON r.id = c.relative_id
       WHERE c.citizen_id = :citizenId AND c.given_date <= :today
         AND (c.revoked_date IS NULL OR c.revoked_date > :today) AND (c.expires_date IS NULL OR c.expires_date >= :today)`,
    ),
    subjectsOf: db.prepare<[number], string>('SELECT subject FROM consent_subjects WHERE consent_id = ?').pluck(),
  };
}
