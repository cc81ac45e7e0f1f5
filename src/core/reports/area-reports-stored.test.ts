// The municipality and occupancy reports through dispatch as a host calls them: rendered off the
// main thread, merged and stamped "Side x af y", stored as a draft, listed for the municipality,
// and frozen once marked as sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { AARHUS, generateAndRead, place } from '../../../tests/fixtures/area-reports';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat, pdfPageCount } from '../../../tests/fixtures/pdf-text';
import { setProvider } from '../../../tests/fixtures/roster-reports';

// One backend for the file: each generate starts the render workers, which is slow under vitest.
let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
  await setProvider(t);
});
afterAll(() => t.close());

describe('stored area reports', () => {
  it('stores the municipality report with page numbers, lists it for the municipality, and freezes it when sent', async () => {
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Ærø', moveIn: '2025-06-01' });
    place(t, anna, { dailyRateOre: 215_000 });

    const { summary, pdf, text } = await generateAndRead(t, 'reports.generateMunicipality', { from: '2026-01-01', to: '2026-01-31', municipalityCode: AARHUS, regionCode: null });
    const page = flat(text);
    expect(summary).toMatchObject({ kind: 'municipality', subject: 'Aarhus Kommune', municipalityCode: AARHUS, pageCount: pdfPageCount(pdf), sentAt: null });
    expect(page).toContain('Anna Ærø');
    expect(page).toContain('66.650,00 kr.');
    expect(page).toContain(`Side 1 af ${summary.pageCount}`);

    const listed = await t.callOk('reports.list', { municipalityCode: AARHUS, citizenId: anna }, t.tokens.afdelingsleder);
    expect(listed.map((row) => row.id)).toEqual([summary.id]);

    const sent = await t.callOk('reports.markSent', { id: summary.id, recipient: 'Aarhus Kommune, Socialforvaltningen' }, t.tokens.administrator);
    expect(sent.sentAt).not.toBeNull();
    const reopened = await t.callOk('reports.file', { id: summary.id }, t.tokens.administrator);
    expect(Buffer.from(reopened.base64, 'base64').equals(pdf)).toBe(true);
  });

  it('stores the occupancy report for one residence', async () => {
    const { summary, text } = await generateAndRead(
      t,
      'reports.generateOccupancy',
      { from: '2026-01-01', to: '2026-01-31', residenceId: t.residences.own },
      t.tokens.afdelingsleder,
    );
    expect(summary).toMatchObject({ kind: 'occupancy', subject: 'Egebakken', residenceId: t.residences.own });
    expect(flat(text)).toContain('Belægningsrapport · Egebakken · Perioden 01-01-2026 – 31-01-2026');
    expect(flat(text)).toContain('Side 1 af');
  });
});
