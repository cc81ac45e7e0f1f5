// Notes (dagbog) per citizen: written, listed page by page, corrected as new versions with a
// reason (never edited in place; the database refuses changes to a version), history readable.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import type { Note, NoteVersion } from '../../contract/areas/notes';
import { FFB_THEMES } from '../../contract/ffb';
import { ffbTerm, isFfbTermCode } from '../../contract/ffb-lookup';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createNotesQueries, type NoteRecord } from './notes-queries';
import { linksOf, toNote, toNoteVersion } from './notes-view';

type NoteFields = Pick<ParsedInputOf<'notes.create'>, 'date' | 'body' | 'goalIds' | 'themeCodes' | 'forStatusReport'>;

const shownDate = (iso: string) => dayjs(iso).format('DD-MM-YYYY');
const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];
const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((value) => b.includes(value));

/** The codes a theme filter matches: a theme's own and its conditions'; a condition only itself. */
function codesMatching(code: string): string[] {
  const theme = FFB_THEMES.find((item) => item.code === code);
  return theme ? [theme.code, ...theme.conditions.map((condition) => condition.code)] : [code];
}

export function createNotesService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createNotesQueries(db);

  const read = (id: number): Note => {
    const row = q.byId.get(id)!;
    return toNote(row, linksOf(q, [row.version_id])(row.version_id));
  };

  /** The citizen's note, or NOT_FOUND; FORBIDDEN outside the user's residences. */
  function visibleNote(actor: Actor, id: number) {
    const note = q.noteCitizen.get(id);
    if (!note) throw notFound('Notatet');
    access.assertCanSee(actor, note.citizen_id);
    return note;
  }

  /** The rules the schema cannot check: not in the future, the citizen's own goals, FFB codes. */
  function checked(citizenId: number, fields: NoteFields): NoteFields {
    if (fields.date > access.today()) throw invalidField('date', 'Dato kan ikke ligge i fremtiden');
    const goalIds = distinct(fields.goalIds);
    if (goalIds.length > 0 && q.citizenGoals.all(citizenId, JSON.stringify(goalIds)).length !== goalIds.length) {
      throw invalidField('goalIds', 'Mål: vælg blandt borgerens egne mål');
    }
    const themeCodes = distinct(fields.themeCodes);
    if (!themeCodes.every(isFfbTermCode)) throw invalidField('themeCodes', 'Temaer: vælg FFB-temaer eller -tilstande fra kataloget');
    return { ...fields, goalIds, themeCodes };
  }

  /** Writes a version with its links; returns the version's row id. */
  function writeVersion(actor: Actor, noteId: number, version: number, fields: NoteFields, reason: string | null): number {
    const versionId = Number(
      q.insertVersion.run({
        noteId,
        version,
        date: fields.date,
        body: fields.body,
        mark: fields.forStatusReport ? 1 : 0,
        reason,
        userId: actor.userId,
        now: clock.now().toISOString(),
      }).lastInsertRowid,
    );
    for (const goalId of fields.goalIds) q.insertGoal.run(versionId, goalId);
    for (const code of fields.themeCodes) q.insertTheme.run(versionId, code);
    return versionId;
  }

  function describeList(input: ParsedInputOf<'notes.list'>): string {
    const parts: string[] = [];
    if (input.goalId !== null) parts.push(`mål nr. ${input.goalId}`);
    if (input.themeCode) parts.push(`tema ${ffbTerm(input.themeCode)?.label ?? input.themeCode}`);
    if (input.forStatusReport !== null) parts.push(input.forStatusReport ? 'til statusrapport' : 'ikke til statusrapport');
    if (input.from) parts.push(`fra ${shownDate(input.from)}`);
    if (input.to) parts.push(`til ${shownDate(input.to)}`);
    if (input.page > 1) parts.push(`side ${input.page}`);
    return parts.length ? `Dagbog: ${parts.join(', ')}` : 'Dagbog';
  }

  return {
    list(actor: Actor, input: ParsedInputOf<'notes.list'>): { rows: Note[]; total: number; page: number; pageSize: number } {
      access.assertCanSee(actor, input.citizenId);
      const params = {
        citizenId: input.citizenId,
        goalId: input.goalId,
        themeCodes: input.themeCode ? JSON.stringify(codesMatching(input.themeCode)) : null,
        forStatusReport: input.forStatusReport === null ? null : input.forStatusReport ? 1 : 0,
        from: input.from,
        to: input.to,
      };
      const total = q.list.count(params);
      const records = total === 0 ? [] : q.list.page<NoteRecord>(params, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
      const links = linksOf(q, records.map((row) => row.version_id));
      audit.record(actor, { action: 'read', method: 'notes.list', citizenId: input.citizenId, subject: describeList(input), detail: `${total} notater` });
      return { rows: records.map((row) => toNote(row, links(row.version_id))), total, page: input.page, pageSize: input.pageSize };
    },

    create(actor: Actor, input: ParsedInputOf<'notes.create'>): Note {
      access.assertCanSee(actor, input.citizenId);
      const fields = checked(input.citizenId, input);
      const mark = fields.forStatusReport ? 1 : 0;
      const now = clock.now().toISOString();
      const id = Number(q.insertNote.run({ citizenId: input.citizenId, date: fields.date, mark, userId: actor.userId, now }).lastInsertRowid);
      writeVersion(actor, id, 1, fields, null);
      audit.record(actor, {
        action: 'create',
        method: 'notes.create',
        citizenId: input.citizenId,
        subject: `Notat ${shownDate(fields.date)}`,
        detail: fields.forStatusReport ? 'Til statusrapport' : null,
      });
      return read(id);
    },

    correct(actor: Actor, input: ParsedInputOf<'notes.correct'>): Note {
      const note = visibleNote(actor, input.id);
      if (input.version !== note.current_version) throw new DomainError('CONFLICT', 'Notatet er rettet af en anden siden du åbnede det');
      const fields = checked(note.citizen_id, input);
      const current = read(input.id);
      const unchanged =
        current.body === fields.body &&
        current.date === fields.date &&
        current.forStatusReport === fields.forStatusReport &&
        sameSet(current.goals.map((goal) => goal.id), fields.goalIds) &&
        sameSet(current.themes.map((theme) => theme.code), fields.themeCodes);
      if (unchanged) throw invalidField('body', 'Rettelsen ændrer ikke noget');
      const version = note.current_version + 1;
      writeVersion(actor, input.id, version, fields, input.reason);
      const moved = q.setCurrent.run({ id: input.id, version, previous: note.current_version, date: fields.date, mark: fields.forStatusReport ? 1 : 0 });
      if (moved.changes !== 1) throw new DomainError('CONFLICT', 'Notatet er rettet af en anden siden du åbnede det');
      audit.record(actor, {
        action: 'update',
        method: 'notes.correct',
        citizenId: note.citizen_id,
        subject: `Notat ${shownDate(fields.date)}`,
        detail: `Rettet til version ${version}`,
      });
      return read(input.id);
    },

    history(actor: Actor, input: ParsedInputOf<'notes.history'>): NoteVersion[] {
      const note = visibleNote(actor, input.id);
      const versions = q.versions.all(input.id);
      const links = linksOf(q, versions.map((row) => row.id));
      audit.record(actor, {
        action: 'read',
        method: 'notes.history',
        citizenId: note.citizen_id,
        subject: `Notat ${shownDate(versions.at(-1)!.note_date)}`,
        detail: `${versions.length} versioner`,
      });
      return versions.map((row) => toNoteVersion(row, links(row.id)));
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
