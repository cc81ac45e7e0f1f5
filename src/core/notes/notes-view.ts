// Turns note rows into the contract's shapes: each version with the goals it links (in their
// professional words) and the FFB themes it is tagged with (with their Danish labels).
import type { Note, NoteVersion } from '../../contract/areas/notes';
import { ffbTerm } from '../../contract/ffb-lookup';
import type { NoteRecord, NotesQueries, NoteVersionRecord } from './notes-queries';

type Links = Pick<Note, 'goals' | 'themes'>;

/** The goals and themes of each version in `versionIds`, read in two statements. */
export function linksOf(q: NotesQueries, versionIds: readonly number[]): (versionId: number) => Links {
  const ids = JSON.stringify(versionIds);
  const links = new Map<number, Links>(versionIds.map((id) => [id, { goals: [], themes: [] }]));
  for (const goal of q.goalsOf.all(ids)) links.get(goal.version_id)!.goals.push({ id: goal.id, text: goal.text });
  for (const theme of q.themesOf.all(ids)) links.get(theme.version_id)!.themes.push({ code: theme.code, label: ffbTerm(theme.code)?.label ?? theme.code });
  for (const { themes } of links.values()) themes.sort((a, b) => a.label.localeCompare(b.label, 'da'));
  return (versionId) => links.get(versionId) ?? { goals: [], themes: [] };
}

export const toNote = (row: NoteRecord, links: Links): Note => ({
  id: row.id,
  citizenId: row.citizen_id,
  version: row.version,
  date: row.note_date,
  body: row.body,
  ...links,
  forStatusReport: row.for_status_report === 1,
  author: row.author,
  createdAt: row.created_at,
  editedBy: row.edited_by,
  editedAt: row.edited_at,
  correctionReason: row.reason,
});

export const toNoteVersion = (row: NoteVersionRecord, links: Links): NoteVersion => ({
  noteId: row.note_id,
  version: row.version,
  date: row.note_date,
  body: row.body,
  ...links,
  forStatusReport: row.for_status_report === 1,
  editedBy: row.edited_by,
  editedAt: row.edited_at,
  correctionReason: row.reason,
});
