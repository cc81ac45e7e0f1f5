// SQL for notes (dagbog) and their versions, prepared once. `notes` holds the current version's
// number, date and mark, so a citizen's notes page through the notes_citizen_date index; the text,
// the links and who wrote what live in the versions, which are only ever inserted.
import { filteredQuery } from '../db/filtered-query';
import type { Db } from '../db/open-database';

/** A note with its current version. */
export interface NoteRecord {
  id: number;
  citizen_id: number;
  version: number;
  version_id: number;
  note_date: string;
  body: string;
  for_status_report: number;
  author: string;
  created_at: string;
  edited_by: string;
  edited_at: string;
  reason: string | null;
}

export interface NoteVersionRecord {
  id: number;
  note_id: number;
  version: number;
  note_date: string;
  body: string;
  for_status_report: number;
  reason: string | null;
  edited_by: string;
  edited_at: string;
}

export type NoteListParams = {
  citizenId: number;
  goalId: number | null;
  /** A JSON array of FFB codes: a theme's own and its conditions', or one condition's. */
  themeCodes: string | null;
  forStatusReport: number | null;
  from: string | null;
  to: string | null;
};

const NOTE_SELECT = `
  SELECT n.id, n.citizen_id, n.current_version AS version, v.id AS version_id, n.note_date, v.body, n.for_status_report,
         au.display_name AS author, n.created_at, eu.display_name AS edited_by, v.edited_at, v.reason
  FROM notes n
  JOIN note_versions v ON v.note_id = n.id AND v.version = n.current_version
  JOIN users au ON au.id = n.created_by
  JOIN users eu ON eu.id = v.edited_by`;

/** The current version of note `n` links to something in `link`, a table keyed by note_version_id. */
const currentLinks = (link: string, condition: string) => `EXISTS (
  SELECT 1 FROM note_versions cv JOIN ${link} l ON l.note_version_id = cv.id
  WHERE cv.note_id = n.id AND cv.version = n.current_version AND ${condition})`;

const IN_JSON = (param: string) => `(SELECT value FROM json_each(${param}))`;

export function createNotesQueries(db: Db) {
  return {
    list: filteredQuery<NoteListParams>(db, {
      select: NOTE_SELECT,
      countSelect: 'SELECT count(*) FROM notes n',
      filters: {
        citizenId: 'n.citizen_id = :citizenId',
        goalId: currentLinks('note_version_goals', 'l.goal_id = :goalId'),
        themeCodes: currentLinks('note_version_themes', `l.theme_code IN ${IN_JSON(':themeCodes')}`),
        forStatusReport: 'n.for_status_report = :forStatusReport',
        from: 'n.note_date >= :from',
        to: 'n.note_date <= :to',
      },
      orderBy: 'n.note_date DESC, n.id DESC',
    }),
    byId: db.prepare<[number], NoteRecord>(`${NOTE_SELECT} WHERE n.id = ?`),
    versions: db.prepare<[number], NoteVersionRecord>(
      `SELECT v.id, v.note_id, v.version, v.note_date, v.body, v.for_status_report, v.reason, u.display_name AS edited_by, v.edited_at
       FROM note_versions v JOIN users u ON u.id = v.edited_by
       WHERE v.note_id = ? ORDER BY v.version`,
    ),
    /** The goals linked to the versions in a JSON array of version ids, with their professional text. */
    goalsOf: db.prepare<[string], { version_id: number; id: number; text: string }>(
      `SELECT l.note_version_id AS version_id, g.id, g.professional_text AS text
       FROM note_version_goals l JOIN goals g ON g.id = l.goal_id
       WHERE l.note_version_id IN ${IN_JSON('?')}
       ORDER BY g.start_date, g.id`,
    ),
    themesOf: db.prepare<[string], { version_id: number; code: string }>(
      `SELECT note_version_id AS version_id, theme_code AS code FROM note_version_themes WHERE note_version_id IN ${IN_JSON('?')}`,
    ),
    /** Which of the goals in a JSON array of ids belong to the citizen. */
    citizenGoals: db.prepare<[number, string], number>(`SELECT id FROM goals WHERE citizen_id = ? AND id IN ${IN_JSON('?')}`).pluck(),
    noteCitizen: db.prepare<[number], { citizen_id: number; current_version: number }>('SELECT citizen_id, current_version FROM notes WHERE id = ?'),
    insertNote: db.prepare<{ citizenId: number; date: string; mark: number; userId: number; now: string }>(
      `INSERT INTO notes (citizen_id, current_version, note_date, for_status_report, created_by, created_at)
       VALUES (:citizenId, 1, :date, :mark, :userId, :now)`,
    ),
    insertVersion: db.prepare<{ noteId: number; version: number; date: string; body: string; mark: number; reason: string | null; userId: number; now: string }>(
      `INSERT INTO note_versions (note_id, version, note_date, body, for_status_report, reason, edited_by, edited_at)
       VALUES (:noteId, :version, :date, :body, :mark, :reason, :userId, :now)`,
    ),
    insertGoal: db.prepare<[number, number]>('INSERT INTO note_version_goals (note_version_id, goal_id) VALUES (?, ?)'),
    insertTheme: db.prepare<[number, string]>('INSERT INTO note_version_themes (note_version_id, theme_code) VALUES (?, ?)'),
    /** Moves the note to its new version; changes nothing unless `previous` is still the current one. */
    setCurrent: db.prepare<{ id: number; version: number; previous: number; date: string; mark: number }>(
      'UPDATE notes SET current_version = :version, note_date = :date, for_status_report = :mark WHERE id = :id AND current_version = :previous',
    ),
  };
}

export type NotesQueries = ReturnType<typeof createNotesQueries>;
