// The roster-side reports through dispatch as a host calls them: rendered off the main thread,
// stored with their record, reopened as the stored file with "Side x af y", never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat } from '../../../tests/fixtures/pdf-text';
import { addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';
import { generateAndRead, setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;

// One backend for the file: the render worker boots once.
beforeAll(async () => {
  t = await createTestBackend();
  await setProvider(t);
});
afterAll(() => t.close());

describe('stored roster reports', () => {
  it('stores the ugeplan, and reopens the exact file with its page numbers', async () => {
    const dag = addShiftType(t, t.residences.own, { kind: 'dag' });
    addShift(t, { shiftTypeId: dag, date: '2026-11-24', staffId: addStaffMember(t, { name: 'Rikke Ravn' }) });
    const { summary, text } = await generateAndRead(t, 'reports.generateWeeklyRoster', { residenceId: t.residences.own, weekStart: '2026-11-23' }, t.tokens.vagtplanlaegger);
    expect(summary).toMatchObject({
      kind: 'weekly_roster',
      title: 'Ugeplan',
      subject: 'Egebakken, uge 48 2026',
      fileName: 'ugeplan-egebakken-uge-48-2026.pdf',
      periodFrom: '2026-11-23',
      periodTo: '2026-11-29',
      residenceId: t.residences.own,
      pageCount: 1,
      sentAt: null,
    });
    expect(flat(text)).toContain('Rikke Ravn');
    expect(flat(text)).toContain('D 07–15');
    expect(flat(text)).toContain('Side 1 af 1');
    // Only reports to a municipality or region are sent (and frozen).
    expectCode(await t.call('reports.markSent', { id: summary.id, recipient: 'Opslagstavlen' }, t.tokens.administrator), 'CONFLICT');
  });

  it('stores the vikartimer for the month', async () => {
    const dag = addShiftType(t, t.residences.own, { kind: 'dag' });
    addShift(t, { shiftTypeId: dag, date: '2026-11-24', staffId: addStaffMember(t, { name: 'Vera Vikar', employment: 'vikar', hourlyRateOre: 18_000 }) });
    const { summary, text } = await generateAndRead(t, 'reports.generateSubstituteHours', { month: '2026-11' }, t.tokens.vagtplanlaegger);
    expect(summary).toMatchObject({ kind: 'substitute_hours', subject: 'November 2026', fileName: 'vikartimer-2026-11.pdf', periodFrom: '2026-11-01', periodTo: '2026-11-30' });
    // 8 hours at 180 kr., a Tuesday day shift without supplements.
    expect(flat(text)).toMatch(/Vera Vikar 1 8,0 0,0 0,0 0,0 0,0 Egebakken 1\.440,00 kr\./);
  });

  it('stores the vikarmappe naming its residents, and audits its making per resident', async () => {
    const karen = citizenIn(t, 'own', { firstName: 'Karen' });
    const { summary, text } = await generateAndRead(t, 'reports.generateVikarmappe', { residenceId: t.residences.own }, t.tokens.afdelingsleder);
    expect(summary).toMatchObject({ kind: 'vikarmappe', subject: 'Egebakken', fileName: 'vikarmappe-egebakken.pdf', residenceId: t.residences.own });
    expect(summary.warnings.some((w) => w.startsWith('Vikarmappen mangler'))).toBe(true);
    expect(flat(text)).toContain('Karen');
    expect(flat(text)).toContain('Husets rutiner er ikke skrevet endnu.');
    expect(auditRows(t.backend, 'reports.generateVikarmappe').map((r) => [r.action, r.citizen_id])).toEqual([
      ['read', karen],
      ['create', karen],
    ]);
    const listed = await t.callOk('reports.list', { citizenId: karen, kind: 'vikarmappe' }, t.tokens.afdelingsleder);
    expect(listed.map((r) => r.id)).toEqual([summary.id]);
  });
});
