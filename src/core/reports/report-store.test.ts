// The report store as a user meets it: a generated report is a draft that a new render replaces,
// lists show only what the user may see, the stored file is returned byte for byte (never
// re-rendered), and a report marked as sent is frozen (the database itself refuses to change it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat, pdfText } from '../../../tests/fixtures/pdf-text';
import { citizenWithYear, saveDraft, setProvider } from '../../../tests/fixtures/status-report';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend({ onInternalError: (method, error) => console.error(method, error) });
});
afterEach(() => t.close());

const generate = (citizenId: number, token = t.tokens.afdelingsleder) => t.callOk('reports.generateStatus', { citizenId, fullCpr: false }, token);
const bytesOf = async (id: number, token = t.tokens.afdelingsleder) => Buffer.from((await t.callOk('reports.file', { id }, token)).base64, 'base64');

describe('generating', () => {
  it('stores the rendered PDF with its hash, page count and an audit entry naming the citizen', async () => {
    const citizenId = citizenWithYear(t);
    const mark = t.backend.services.audit.lastId();
    const summary = await generate(citizenId);
    expect(summary).toMatchObject({ kind: 'status', generatedBy: 'Lis Leder', sentAt: null, recipient: null });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.pageCount).toBeGreaterThan(1);
    const pdf = await bytesOf(summary.id);
    expect(pdf.byteLength).toBe(summary.byteSize);
    const text = flat(pdfText(pdf));
    expect(text).toContain('Åse Ørum');
    expect(text).toContain(`Side 1 af ${summary.pageCount}`);
    expect(text).toContain(`Side ${summary.pageCount} af ${summary.pageCount}`);
    const rows = auditRows(t.backend).filter((row) => row.id > mark && row.method === 'reports.generateStatus');
    expect(rows.map((row) => [row.action, row.citizen_id])).toEqual([
      ['read', citizenId],
      ['create', citizenId],
    ]);
  });

  it('replaces the same user\'s unsent draft of the same report, but never a sent one', async () => {
    const citizenId = citizenWithYear(t);
    const first = await generate(citizenId);
    const second = await generate(citizenId);
    expect(t.count('reports')).toBe(1);
    expect(second.id).not.toBe(first.id);
    await t.callOk('reports.markSent', { id: second.id, recipient: 'Aarhus Kommune' }, t.tokens.afdelingsleder);
    const third = await generate(citizenId);
    expect(t.count('reports')).toBe(2);
    const list = await t.callOk('reports.list', { citizenId }, t.tokens.afdelingsleder);
    expect(list.map((row) => [row.id, row.sentAt !== null])).toEqual([
      [third.id, false],
      [second.id, true],
    ]);
  });

  it('keeps another period as its own draft', async () => {
    const citizenId = citizenWithYear(t);
    await generate(citizenId);
    saveDraft(t, citizenId, { periodFrom: '2024-01-01', periodTo: '2024-12-31', nextFollowUp: null });
    await generate(citizenId);
    expect(t.count('reports')).toBe(2);
  });
});

describe('a sent report is frozen', () => {
  it('marks it sent with who, when and to whom, audited with the hash', async () => {
    const citizenId = citizenWithYear(t);
    const { id, sha256 } = await generate(citizenId);
    const sent = await t.callOk('reports.markSent', { id, recipient: 'Aarhus Kommune, Socialafdelingen' }, t.tokens.afdelingsleder);
    expect(sent).toMatchObject({ sentBy: 'Lis Leder', sentAt: '2026-03-02T08:00:00.000Z', recipient: 'Aarhus Kommune, Socialafdelingen', sha256 });
    const row = auditRows(t.backend).find((entry) => entry.method === 'reports.markSent')!;
    expect(row).toMatchObject({ action: 'update', citizen_id: citizenId });
    expect(row.detail).toBe(`Sendt til Aarhus Kommune, Socialafdelingen, SHA-256 ${sha256.slice(0, 12)}…`);
  });

  it('refuses to mark it sent twice, saying when and by whom', async () => {
    const { id } = await generate(citizenWithYear(t));
    await t.callOk('reports.markSent', { id, recipient: 'Aarhus Kommune' }, t.tokens.afdelingsleder);
    const envelope = await t.call('reports.markSent', { id, recipient: 'Silkeborg Kommune' }, t.tokens.administrator);
    expect(expectCode(envelope, 'CONFLICT').message).toBe('Rapporten blev sendt 02-03-2026 af Lis Leder til Aarhus Kommune.');
  });

  it('returns the identical bytes after the citizen\'s data changed, and the database refuses to change or delete it', async () => {
    const citizenId = citizenWithYear(t);
    const { id, sha256 } = await generate(citizenId);
    await t.callOk('reports.markSent', { id, recipient: 'Aarhus Kommune' }, t.tokens.afdelingsleder);
    const before = await bytesOf(id);
    t.backend.db.prepare("UPDATE citizens SET first_name = 'Omdøbt' WHERE id = ?").run(citizenId);
    saveDraft(t, citizenId, { assessment: 'En helt ny vurdering' });
    const after = await bytesOf(id);
    expect(after.equals(before)).toBe(true);
    expect((await t.callOk('reports.file', { id }, t.tokens.afdelingsleder)).sha256).toBe(sha256);
    expect(flat(pdfText(after))).not.toContain('Omdøbt');
    const db = t.backend.db;
    expect(() => db.prepare("UPDATE reports SET pdf = X'00' WHERE id = ?").run(id)).toThrow(/frozen/);
    expect(() => db.prepare('UPDATE reports SET recipient = ? WHERE id = ?').run('Andet', id)).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM reports WHERE id = ?').run(id)).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM report_citizens WHERE report_id = ?').run(id)).toThrow(/never deleted/);
  });

  it('refuses to mark a kind that is never sent', async () => {
    setProvider(t);
    const { id } = await t.callOk('reports.generateWeeklyRoster', { residenceId: t.residences.own, weekStart: '2026-03-02' }, t.tokens.afdelingsleder);
    const envelope = await t.call('reports.markSent', { id, recipient: 'Aarhus Kommune' }, t.tokens.afdelingsleder);
    expect(expectCode(envelope, 'CONFLICT').message).toMatch(/kan ikke markeres som sendt/);
  });
});

describe('who sees which report', () => {
  it('lists newest first with filters, and audits the search naming the citizen filtered on', async () => {
    const citizenId = citizenWithYear(t);
    const other = citizenIn(t, 'own', { firstName: 'Bo' });
    saveDraft(t, other, {});
    const mine = await generate(citizenId);
    t.clock.advance(60_000);
    const theirs = await generate(other);
    const all = await t.callOk('reports.list', {}, t.tokens.afdelingsleder);
    expect(all.map((row) => row.id)).toEqual([theirs.id, mine.id]);
    expect((await t.callOk('reports.list', { citizenId }, t.tokens.afdelingsleder)).map((row) => row.id)).toEqual([mine.id]);
    expect((await t.callOk('reports.list', { municipalityCode: '0751' }, t.tokens.afdelingsleder)).map((row) => row.id)).toEqual([mine.id]);
    expect(await t.callOk('reports.list', { sentOnly: true }, t.tokens.afdelingsleder)).toEqual([]);
    expect(await t.callOk('reports.list', { kind: 'occupancy' }, t.tokens.afdelingsleder)).toEqual([]);
    const search = auditRows(t.backend).filter((row) => row.method === 'reports.list');
    expect(search.map((row) => [row.action, row.citizen_id])).toContainEqual(['search', citizenId]);
  });

  it('hides a report about a citizen of another residence from a department head, and refuses its file', async () => {
    const elsewhere = citizenWithYear(t, { residence: 'other' });
    const { id } = await generate(elsewhere, t.tokens.administrator);
    expect(await t.callOk('reports.list', {}, t.tokens.afdelingsleder)).toEqual([]);
    expectCode(await t.call('reports.list', { citizenId: elsewhere }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect((await t.callOk('reports.list', {}, t.tokens.administrator)).map((row) => row.id)).toEqual([id]);
    expectCode(await t.call('reports.file', { id }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('reports.markSent', { id, recipient: 'Aarhus Kommune' }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('reports.file', { id: id + 99 }, t.tokens.afdelingsleder), 'NOT_FOUND');
  });

  it('refuses staff and planners a statusrapport\'s file, and lists nothing to them', async () => {
    const { id } = await generate(citizenWithYear(t));
    expectCode(await t.call('reports.file', { id }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('reports.file', { id }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await t.call('reports.list', {}, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('reports.markSent', { id, recipient: 'Aarhus Kommune' }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('shows a roster report naming no citizen to the roles and residences it is for, audited without a citizen', async () => {
    setProvider(t);
    const own = await t.callOk('reports.generateWeeklyRoster', { residenceId: t.residences.own, weekStart: '2026-03-02' }, t.tokens.administrator);
    const other = await t.callOk('reports.generateWeeklyRoster', { residenceId: t.residences.other, weekStart: '2026-03-02' }, t.tokens.administrator);
    const mark = t.backend.services.audit.lastId();
    expect((await t.callOk('reports.file', { id: own.id }, t.tokens.medarbejder)).kind).toBe('weekly_roster');
    expectCode(await t.call('reports.file', { id: other.id }, t.tokens.medarbejder), 'FORBIDDEN');
    expect((await t.callOk('reports.list', {}, t.tokens.afdelingsleder)).map((row) => row.id)).toEqual([own.id]);
    const reads = auditRows(t.backend).filter((row) => row.id > mark && row.method === 'reports.file');
    expect(reads.map((row) => [row.action, row.citizen_id, row.username])).toEqual([['read', null, 'medarbejder']]);
  });

  it('shows a department head only their own report that covers no one residence or citizen', async () => {
    setProvider(t);
    const admins = await t.callOk('reports.generateSubstituteHours', { month: '2026-02' }, t.tokens.administrator);
    const theirs = await t.callOk('reports.generateSubstituteHours', { month: '2026-02' }, t.tokens.afdelingsleder);
    expect((await t.callOk('reports.list', {}, t.tokens.afdelingsleder)).map((row) => row.id)).toEqual([theirs.id]);
    expectCode(await t.call('reports.file', { id: admins.id }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect((await t.callOk('reports.list', { kind: 'substitute_hours' }, t.tokens.administrator)).map((row) => row.id)).toEqual([theirs.id, admins.id]);
  });

  it('audits each reopening of the file as a read naming the citizen', async () => {
    const citizenId = citizenWithYear(t);
    const { id } = await generate(citizenId);
    await bytesOf(id);
    await bytesOf(id);
    const reads = auditRows(t.backend).filter((row) => row.method === 'reports.file');
    expect(reads.map((row) => [row.action, row.citizen_id])).toEqual([
      ['read', citizenId],
      ['read', citizenId],
    ]);
  });
});
