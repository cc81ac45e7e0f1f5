// Protects notes (dagbog) through dispatch: writing, correcting as new versions (never in place,
// the database refuses it), conflicts, history, the list's filters, order and paging on its index,
// who may read and write, and the audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import type { Db } from '../db/open-database';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { addGoal, HEALTH_THEME, RELATIONS_THEME, SLEEP_CODE } from '../../../tests/fixtures/plans';
import { createNotesQueries, type NoteListParams } from './notes-queries';

let t: TestBackend;
let admin: string;
let citizenId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own', { firstName: 'Åse', lastName: 'Ørum' });
});
afterEach(() => t.close());

type CreateInput = Partial<InputOf<'notes.create'>>;
const noteInput = (fields: CreateInput = {}): InputOf<'notes.create'> => ({ citizenId, date: '2026-03-01', body: 'Sov godt i nat.', ...fields });
const create = (fields: CreateInput = {}, token = admin) => t.callOk('notes.create', noteInput(fields), token);
const correct = (id: number, version: number, fields: Partial<InputOf<'notes.correct'>> = {}, token = admin) =>
  t.callOk('notes.correct', { id, version, reason: 'Forkert dato', date: '2026-03-01', body: 'Sov godt i nat.', ...fields }, token);
const list = (input: Partial<InputOf<'notes.list'>> = {}, token = admin) => t.callOk('notes.list', { citizenId, ...input }, token);
const listIds = async (input: Partial<InputOf<'notes.list'>> = {}) => (await list(input)).rows.map((row) => row.id);

describe('writing a note', () => {
  it('stores version 1 with its goals, themes and mark; the author and editor are the writer', async () => {
    const goalId = addGoal(t, citizenId, { professionalText: 'Stabil døgnrytme' });
    const note = await create({ goalIds: [goalId, goalId], themeCodes: [SLEEP_CODE, RELATIONS_THEME.code], forStatusReport: true });
    expect(note).toMatchObject({
      citizenId,
      version: 1,
      date: '2026-03-01',
      body: 'Sov godt i nat.',
      goals: [{ id: goalId, text: 'Stabil døgnrytme' }],
      themes: [
        { code: RELATIONS_THEME.code, label: 'Relationer' },
        { code: SLEEP_CODE, label: 'Sundhedsforhold: Søvn' },
      ],
      forStatusReport: true,
      author: 'Ada Administrator',
      editedBy: 'Ada Administrator',
      correctionReason: null,
    });
    expect([t.count('notes'), t.count('note_versions'), t.count('note_version_goals'), t.count('note_version_themes')]).toEqual([1, 1, 1, 2]);
    expect(auditRows(t.backend, 'notes.create').map((row) => [row.action, row.citizen_id, row.subject, row.detail])).toEqual([
      ['create', citizenId, 'Notat 01-03-2026', 'Til statusrapport'],
    ]);
  });

  it('refuses a date after today, another citizen\'s goal and a code outside FFB, naming the field; nothing is saved', async () => {
    const stranger = citizenIn(t, 'own');
    const theirGoal = addGoal(t, stranger);
    const expectField = async (fields: CreateInput, path: string, message: RegExp) => {
      const error = expectCode(await t.call('notes.create', noteInput(fields), admin), 'INVALID_INPUT');
      expect(fieldPaths(error)).toEqual([path]);
      expect(error.message).toMatch(message);
    };
    await expectField({ date: '2026-03-03' }, 'date', /Dato kan ikke ligge i fremtiden/);
    await expectField({ goalIds: [theirGoal] }, 'goalIds', /Mål/);
    await expectField({ goalIds: [999_999] }, 'goalIds', /Mål/);
    await expectField({ themeCodes: ['ikke-et-tema'] }, 'themeCodes', /Temaer/);
    expect([t.count('notes'), t.count('note_versions')]).toEqual([0, 0]);
    expect((await create({ date: '2026-03-02' })).date).toBe('2026-03-02');
  });
});

describe('correcting a note', () => {
  it('writes version 2 with the reason and who; the first version stays readable in the history, oldest first', async () => {
    const goalId = addGoal(t, citizenId, { professionalText: 'Stabil døgnrytme' });
    const first = await create({ goalIds: [goalId], themeCodes: [SLEEP_CODE] });
    const corrected = await correct(first.id, 1, { date: '2026-02-28', body: 'Sov uroligt i nat.', goalIds: [], themeCodes: [SLEEP_CODE], forStatusReport: true }, t.tokens.medarbejder);
    expect(corrected).toMatchObject({
      id: first.id,
      version: 2,
      date: '2026-02-28',
      body: 'Sov uroligt i nat.',
      goals: [],
      themes: [{ code: SLEEP_CODE }],
      forStatusReport: true,
      author: 'Ada Administrator',
      createdAt: first.createdAt,
      editedBy: 'Mikkel Medarbejder',
      correctionReason: 'Forkert dato',
    });
    const history = await t.callOk('notes.history', { id: first.id }, admin);
    expect(history.map((row) => [row.noteId, row.version, row.date, row.body, row.goals.map((goal) => goal.id), row.editedBy, row.correctionReason])).toEqual([
      [first.id, 1, '2026-03-01', 'Sov godt i nat.', [goalId], 'Ada Administrator', null],
      [first.id, 2, '2026-02-28', 'Sov uroligt i nat.', [], 'Mikkel Medarbejder', 'Forkert dato'],
    ]);
    expect(t.backend.db.prepare('SELECT current_version, note_date, for_status_report FROM notes').get()).toEqual({ current_version: 2, note_date: '2026-02-28', for_status_report: 1 });
    expect(auditRows(t.backend, 'notes.correct').map((row) => [row.action, row.citizen_id, row.username, row.detail])).toEqual([
      ['update', citizenId, 'medarbejder', 'Rettet til version 2'],
    ]);
    expect(auditRows(t.backend, 'notes.history').map((row) => [row.action, row.citizen_id, row.detail])).toEqual([['read', citizenId, '2 versioner']]);
  });

  it('a correction built on an older version is a CONFLICT; one that changes nothing is refused on the body', async () => {
    const note = await create({ themeCodes: [SLEEP_CODE] });
    await correct(note.id, 1, { body: 'Sov godt hele natten.', themeCodes: [SLEEP_CODE] });
    expect(expectCode(await t.call('notes.correct', { id: note.id, version: 1, reason: 'Stavefejl', date: '2026-03-01', body: 'Sov godt.' }, admin), 'CONFLICT').message).toBe(
      'Notatet er rettet af en anden siden du åbnede det',
    );
    const same = { id: note.id, version: 2, reason: 'Ingenting', date: '2026-03-01', body: 'Sov godt hele natten.', themeCodes: [SLEEP_CODE] };
    const error = expectCode(await t.call('notes.correct', same, admin), 'INVALID_INPUT');
    expect(error.fields).toEqual([{ path: 'body', message: 'Rettelsen ændrer ikke noget' }]);
    expect((await t.callOk('notes.correct', { ...same, themeCodes: [] }, admin)).version).toBe(3);
    expect(t.count('note_versions')).toBe(3);
  });

  it('the same rules as writing apply to a correction; an unknown note is NOT_FOUND', async () => {
    const note = await create();
    expect(fieldPaths(expectCode(await t.call('notes.correct', { id: note.id, version: 1, reason: 'x', date: '2026-04-01', body: 'Ny tekst' }, admin), 'INVALID_INPUT'))).toEqual(['date']);
    expect(fieldPaths(expectCode(await t.call('notes.correct', { id: note.id, version: 1, reason: '', date: '2026-03-01', body: 'Ny tekst' }, admin), 'INVALID_INPUT'))).toEqual(['reason']);
    expectCode(await t.call('notes.correct', { id: 999, version: 1, reason: 'x', date: '2026-03-01', body: 'Ny tekst' }, admin), 'NOT_FOUND');
    expectCode(await t.call('notes.history', { id: 999 }, admin), 'NOT_FOUND');
  });

  it('the database refuses to change or remove a written version', async () => {
    await create();
    const db = t.backend.db;
    expect(() => db.prepare("UPDATE note_versions SET body = 'Skjult rettelse'").run()).toThrow(/never edited/);
    expect(() => db.prepare('DELETE FROM note_versions').run()).toThrow(/never deleted/);
    expect(db.prepare('SELECT body FROM note_versions').pluck().get()).toBe('Sov godt i nat.');
  });
});

describe('the list', () => {
  it('newest date first, then the newest note; paged with the total', async () => {
    const a = (await create({ date: '2026-02-01' })).id;
    const b = (await create({ date: '2026-03-01' })).id;
    const c = (await create({ date: '2026-02-01' })).id;
    const d = (await create({ date: '2026-02-15' })).id;
    expect(await listIds()).toEqual([b, d, c, a]);
    const second = await list({ page: 2, pageSize: 3 });
    expect([second.rows.map((row) => row.id), second.total, second.page, second.pageSize]).toEqual([[a], 4, 2, 3]);
    expect((await list({ page: 3, pageSize: 3 })).rows).toEqual([]);
  });

  it('filters on the current version: goal, theme (a theme also finds its conditions), mark and period', async () => {
    const goalId = addGoal(t, citizenId);
    const sleep = (await create({ date: '2026-01-10', goalIds: [goalId], themeCodes: [SLEEP_CODE] })).id;
    const health = (await create({ date: '2026-02-10', themeCodes: [HEALTH_THEME.code], forStatusReport: true })).id;
    const relations = (await create({ date: '2026-03-01', themeCodes: [RELATIONS_THEME.code] })).id;
    expect(await listIds({ goalId })).toEqual([sleep]);
    expect(await listIds({ themeCode: HEALTH_THEME.code })).toEqual([health, sleep]);
    expect(await listIds({ themeCode: SLEEP_CODE })).toEqual([sleep]);
    expect(await listIds({ forStatusReport: true })).toEqual([health]);
    expect(await listIds({ forStatusReport: false })).toEqual([relations, sleep]);
    expect(await listIds({ from: '2026-01-10', to: '2026-02-10' })).toEqual([health, sleep]);
    expect(await listIds({ from: '2026-01-11' })).toEqual([relations, health]);
    await correct(sleep, 1, { date: '2026-01-10', goalIds: [], themeCodes: [] });
    expect(await listIds({ goalId })).toEqual([]);
    expect(await listIds({ themeCode: HEALTH_THEME.code })).toEqual([health]);
    expect((await list({ themeCode: HEALTH_THEME.code })).total).toBe(1);
  });

  it('shows the current version with who wrote the first and who corrected it', async () => {
    const note = await create();
    await correct(note.id, 1, { body: 'Rettet tekst.' }, t.tokens.medarbejder);
    const [row] = (await list()).rows;
    expect(row).toMatchObject({ version: 2, body: 'Rettet tekst.', author: 'Ada Administrator', editedBy: 'Mikkel Medarbejder', correctionReason: 'Forkert dato' });
  });

  it('one read row naming the citizen, the filters and the count', async () => {
    await create();
    await list({ forStatusReport: false, from: '2026-01-01' });
    expect(auditRows(t.backend, 'notes.list').map((row) => [row.action, row.citizen_id, row.subject, row.detail])).toEqual([
      ['read', citizenId, 'Dagbog: ikke til statusrapport, fra 01-01-2026', '1 notater'],
    ]);
  });
});

describe('who may read and write', () => {
  it('a medarbejder writes and corrects notes for their own residence; the vagtplanlægger is FORBIDDEN', async () => {
    const note = await create({}, t.tokens.medarbejder);
    expect(note.author).toBe('Mikkel Medarbejder');
    expect((await correct(note.id, 1, { body: 'Rettet.' }, t.tokens.medarbejder)).version).toBe(2);
    expect((await list({}, t.tokens.medarbejder)).total).toBe(1);
    expectCode(await t.call('notes.create', noteInput(), t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await t.call('notes.list', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('a citizen of another residence is FORBIDDEN to the afdelingsleder, for every note method', async () => {
    const stranger = citizenIn(t, 'other');
    const note = await create({ citizenId: stranger });
    const leder = t.tokens.afdelingsleder;
    expectCode(await t.call('notes.create', noteInput({ citizenId: stranger }), leder), 'FORBIDDEN');
    expectCode(await t.call('notes.list', { citizenId: stranger }, leder), 'FORBIDDEN');
    expectCode(await t.call('notes.correct', { id: note.id, version: 1, reason: 'x', date: '2026-03-01', body: 'Rettet.' }, leder), 'FORBIDDEN');
    expectCode(await t.call('notes.history', { id: note.id }, leder), 'FORBIDDEN');
    expectCode(await t.call('notes.list', { citizenId: 999_999 }, admin), 'NOT_FOUND');
  });
});

describe('speed', () => {
  function listStatements(run: (q: ReturnType<typeof createNotesQueries>) => void): string[] {
    const sources: string[] = [];
    const db = t.backend.db;
    const recording = new Proxy(db, {
      get: (target, property) => (property === 'prepare' ? (source: string) => (sources.push(source), target.prepare(source)) : Reflect.get(target, property)),
    }) as Db;
    run(createNotesQueries(recording));
    return sources.filter((source) => /ORDER BY n\.note_date|^SELECT count/.test(source.trim()));
  }
  const plan = (source: string, params: Record<string, unknown>) =>
    (t.backend.db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(params as never) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
  const NONE: NoteListParams = { citizenId: 1, goalId: null, themeCodes: null, forStatusReport: null, from: null, to: null };

  it('a page of one citizen\'s notes walks notes_citizen_date in order, with or without a period: no sorting', () => {
    for (const params of [NONE, { ...NONE, from: '2026-01-01', to: '2026-02-01' }, { ...NONE, goalId: 1, forStatusReport: 1 }]) {
      const bound = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
      const [page, count] = listStatements((q) => {
        q.list.page(params, { limit: 50, offset: 0 });
        q.list.count(params);
      });
      const pagePlan = plan(page!, { ...bound, limit: 50, offset: 0 });
      expect(pagePlan).toMatch(/SEARCH n USING (COVERING )?INDEX notes_citizen_date \(citizen_id=\?/);
      expect(pagePlan).not.toMatch(/TEMP B-TREE|SCAN/);
      expect(plan(count!, bound)).toMatch(/SEARCH n USING (COVERING )?INDEX notes_citizen_date/);
    }
  });
});
