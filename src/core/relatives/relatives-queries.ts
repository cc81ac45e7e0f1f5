// SQL for relatives (pårørende), their contact log and the consents that name them, prepared once.
// Removed relatives keep their row (removed_at), so the contact log and consents still name them.
import type { ContactForm } from '../../contract/areas/relatives';
import type { Db } from '../db/open-database';

export interface RelativeRecord {
  id: number;
  citizen_id: number;
  name: string;
  relation: string;
  phone: string | null;
  secondary_phone: string | null;
  email: string | null;
  address: string | null;
  is_closest: number;
  preferred_contact: ContactForm | null;
  note: string | null;
}

export interface ContactRecord {
  id: number;
  citizen_id: number;
  relative_id: number | null;
  relative_name: string | null;
  date: string;
  form: ContactForm;
  summary: string;
  staff_name: string;
  created_at: string;
}

export interface RelativeConsentRecord {
  relative_id: number;
  given_date: string;
  expires_date: string | null;
  revoked_date: string | null;
  subject: string;
}

const RELATIVE_COLUMNS = 'id, citizen_id, name, relation, phone, secondary_phone, email, address, is_closest, preferred_contact, note';
const CONTACT_SELECT = `
  SELECT rc.id, rc.citizen_id, rc.relative_id, r.name AS relative_name, rc.date, rc.form, rc.summary, rc.staff_name, rc.created_at
  FROM relative_contacts rc LEFT JOIN relatives r ON r.id = rc.relative_id`;

export function createRelativesQueries(db: Db) {
  return {
    /** A relative that has not been removed. */
    byId: db.prepare<[number], RelativeRecord>(`SELECT ${RELATIVE_COLUMNS} FROM relatives WHERE id = ? AND removed_at IS NULL`),
    /** Closest first, then Danish name order. */
    forCitizen: db.prepare<[number], RelativeRecord>(
      `SELECT ${RELATIVE_COLUMNS} FROM relatives WHERE citizen_id = ? AND removed_at IS NULL ORDER BY is_closest DESC, name_sort, id`,
    ),
    /** Every subject of every consent naming one of the citizen's relatives; the service judges which are in force today. */
    consentsToRelatives: db.prepare<[number], RelativeConsentRecord>(
      `SELECT c.relative_id, c.given_date, c.expires_date, c.revoked_date, cs.subject
       FROM consents c JOIN consent_subjects cs ON cs.consent_id = c.id
       WHERE c.citizen_id = ? AND c.relative_id IS NOT NULL`,
    ),
    insert: db.prepare(
      `INSERT INTO relatives (citizen_id, name, name_sort, relation, phone, secondary_phone, email, address, is_closest, preferred_contact, note, created_at, updated_at)
       VALUES (@citizenId, @name, @nameSort, @relation, @phone, @secondaryPhone, @email, @address, @isClosest, @preferredContact, @note, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE relatives SET name = @name, name_sort = @nameSort, relation = @relation, phone = @phone, secondary_phone = @secondaryPhone,
         email = @email, address = @address, is_closest = @isClosest, preferred_contact = @preferredContact, note = @note, updated_at = @now
       WHERE id = @id`,
    ),
    /** Unsets the closest flag on the citizen's other relatives, so one stays closest. */
    clearOtherClosest: db.prepare<{ citizenId: number; exceptId: number; now: string }>(
      'UPDATE relatives SET is_closest = 0, updated_at = :now WHERE citizen_id = :citizenId AND is_closest = 1 AND id <> :exceptId',
    ),
    remove: db.prepare('UPDATE relatives SET removed_at = ?, is_closest = 0, updated_at = ? WHERE id = ?'),
    contactLog: db.prepare<[number], ContactRecord>(`${CONTACT_SELECT} WHERE rc.citizen_id = ? ORDER BY rc.date DESC, rc.id DESC`),
    contactById: db.prepare<[number], ContactRecord>(`${CONTACT_SELECT} WHERE rc.id = ?`),
    insertContact: db.prepare(
      `INSERT INTO relative_contacts (citizen_id, relative_id, date, form, summary, staff_name, created_by, created_at)
       VALUES (@citizenId, @relativeId, @date, @form, @summary, @staffName, @createdBy, @now)`,
    ),
    userDisplayName: db.prepare<[number], string>('SELECT display_name FROM users WHERE id = ?').pluck(),
  };
}
