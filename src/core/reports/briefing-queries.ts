// SQL for the vikarmappe's content, prepared once: the residence's texts and phone list, and the
// current residents (stays today) with the short text written for substitutes.
import type { Db } from '../db/open-database';

export function createBriefingQueries(db: Db) {
  return {
    residence: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM residences WHERE id = ?'),
    briefing: db.prepare<[number], { routines: string | null; practical: string | null; emergency: string | null; version: number; updated_at: string; updated_by: string }>(
      `SELECT b.routines, b.practical, b.emergency, b.version, b.updated_at, u.display_name AS updated_by
       FROM residence_briefings b JOIN users u ON u.id = b.updated_by WHERE b.residence_id = ?`,
    ),
    phones: db.prepare<[number], { label: string; phone: string }>('SELECT label, phone FROM residence_briefing_phones WHERE residence_id = ? ORDER BY position'),
    /** Residents whose stay covers today, in Danish name order. */
    residents: db.prepare<{ residenceId: number; today: string }, { citizen_id: number; first_name: string; room: string | null; text: string | null }>(
      `SELECT c.id AS citizen_id, c.first_name, s.room, cb.text
       FROM citizen_stays s JOIN citizens c ON c.id = s.citizen_id LEFT JOIN citizen_briefings cb ON cb.citizen_id = c.id
       WHERE s.residence_id = :residenceId AND s.move_in <= :today AND (s.move_out IS NULL OR s.move_out >= :today)
       ORDER BY c.name_sort, c.id`,
    ),
    insertBriefing: db.prepare<{ residenceId: number; routines: string | null; practical: string | null; emergency: string | null; userId: number; now: string }>(
      `INSERT INTO residence_briefings (residence_id, routines, practical, emergency, version, updated_by, updated_at)
       VALUES (:residenceId, :routines, :practical, :emergency, 1, :userId, :now)`,
    ),
    updateBriefing: db.prepare<{ residenceId: number; routines: string | null; practical: string | null; emergency: string | null; userId: number; now: string; version: number }>(
      `UPDATE residence_briefings SET routines = :routines, practical = :practical, emergency = :emergency, version = version + 1,
         updated_by = :userId, updated_at = :now
       WHERE residence_id = :residenceId AND version = :version`,
    ),
    deletePhones: db.prepare<[number]>('DELETE FROM residence_briefing_phones WHERE residence_id = ?'),
    insertPhone: db.prepare<{ residenceId: number; position: number; label: string; phone: string }>(
      'INSERT INTO residence_briefing_phones (residence_id, position, label, phone) VALUES (:residenceId, :position, :label, :phone)',
    ),
    upsertCitizenText: db.prepare<{ citizenId: number; text: string; userId: number; now: string }>(
      `INSERT INTO citizen_briefings (citizen_id, text, updated_by, updated_at) VALUES (:citizenId, :text, :userId, :now)
       ON CONFLICT (citizen_id) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ),
    deleteCitizenText: db.prepare<[number]>('DELETE FROM citizen_briefings WHERE citizen_id = ?'),
  };
}
