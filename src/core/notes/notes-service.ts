// Notes (dagbog) per citizen: written, listed page by page, corrected as new versions with a
// reason (never edited in place; the database refuses changes to a version), history readable.
import type { ParsedInputOf } from '../../contract';
import type { Note, NoteVersion } from '../../contract/areas/notes';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createNotesService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void [db, clock, audit, access];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'notes.list'>): { rows: Note[]; total: number; page: number; pageSize: number } => todo(),
    create: (actor: Actor, input: ParsedInputOf<'notes.create'>): Note => todo(),
    correct: (actor: Actor, input: ParsedInputOf<'notes.correct'>): Note => todo(),
    history: (actor: Actor, input: ParsedInputOf<'notes.history'>): NoteVersion[] => todo(),
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
