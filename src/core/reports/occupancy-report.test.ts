// The occupancy report read back from its PDF: per residence and month the place-days, occupied
// and vacant days, the percentage, moves in and out and today's waiting list; the totals; only the
// residences the user may see; no citizen named; an honest report for a period without stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { insertCitizen } from '../../../tests/fixtures/citizens';
import { flat } from '../../../tests/fixtures/pdf-text';
import { occupancyReport } from '../../../tests/fixtures/area-reports';
import { setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
  await setProvider(t);
});
afterEach(() => t.close());

const stay = (residenceId: number, moveIn: string, moveOut: string | null = null, firstName = 'Bente') => insertCitizen(t.backend.db, { residenceId, moveIn, moveOut, firstName });
function waiting(residenceId: number, status = 'venter') {
  const citizenId = insertCitizen(t.backend.db, { residenceId: null });
  t.backend.db
    .prepare("INSERT INTO waiting_list (citizen_id, residence_id, requested_date, status, status_date, created_at, updated_at) VALUES (?, ?, '2026-01-01', ?, '2026-01-01', 'x', 'x')")
    .run(citizenId, residenceId, status);
}
const WINTER = { from: '2026-01-01', to: '2026-02-28' };

describe('the occupancy report', () => {
  it('gives each residence its months, totals and waiting list, and names no citizen', async () => {
    stay(t.residences.own, '2025-12-20', '2026-01-10', 'Hemmelig'); // 10 days in January, moves out in January
    stay(t.residences.own, '2026-01-15'); // 17 days in January, 28 in February
    stay(t.residences.other, '2026-02-01'); // 28 days in February
    waiting(t.residences.own);
    waiting(t.residences.own, 'afvist'); // no longer waiting

    const { prepared, pdfs, pages, text } = await occupancyReport(t, { ...WINTER, residenceId: null });
    const page = flat(text);

    expect(prepared.record).toMatchObject({ kind: 'occupancy', title: 'Belægningsrapport', subject: 'Alle botilbud', residenceId: null, citizenIds: [] });
    expect(prepared.record.fileName).toBe('belaegningsrapport-alle-botilbud-2026-01-01-2026-02-28.pdf');
    expect(page).toContain('Belægningsrapport · Alle botilbud · Perioden 01-01-2026 – 28-02-2026');
    expect(page).not.toContain('Hemmelig');
    // 8 + 8 places over 59 days; 27 + 28 + 28 occupied.
    expect(page).toMatch(/Pladser 16 Pladsdøgn 944 Belagte døgn 83 Ledige døgn 861 Belægning 8,8 %/);
    expect(page).toMatch(/Ind- og fraflytninger 2 indflytninger, 1 fraflytninger På venteliste i dag 1/);
    expect(page).toMatch(/Egebakken 8 472 55 417 11,7 % 1 1 1/);
    expect(page).toMatch(/Lærkehøj 8 472 28 444 5,9 % 1 0 0/);
    expect(page).toMatch(/I alt 16 944 83 861 8,8 % 2 1 1/);

    const egebakken = pages.map(flat).find((text) => text.includes('8 pladser · 1 på venteliste i dag'))!;
    expect(egebakken).toContain('Belægning pr. måned');
    expect(egebakken).toMatch(/januar 2026 248 27 221 10,9 % 1 1/);
    expect(egebakken).toMatch(/februar 2026 224 28 196 12,5 % 0 0/);
  });

  it('marks a month the period cuts, and shows an afdelingsleder only their residences', async () => {
    stay(t.residences.own, '2026-01-01');
    stay(t.residences.other, '2026-01-01');
    const { pages, text } = await occupancyReport(t, { from: '2026-01-10', to: '2026-02-05', residenceId: null }, 'afdelingsleder');
    const page = flat(text);
    expect(page).toContain('Egebakken');
    expect(page).not.toContain('Lærkehøj');
    const residencePage = pages.map(flat).find((text) => text.includes('pladser ·'))!;
    expect(residencePage).toMatch(/januar 2026 \(10-01–31-01\) 176 22 154 12,5 %/);
    expect(residencePage).toMatch(/februar 2026 \(01-02–05-02\) 40 5 35 12,5 %/);
  });

  it('refuses another residence to an afdelingsleder, in Danish', async () => {
    const refused = await t.call('reports.generateOccupancy', { ...WINTER, residenceId: t.residences.other }, t.tokens.afdelingsleder);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'FORBIDDEN', message: 'Du har ikke adgang til dette botilbud.' });
  });

  it('reports a period without stays honestly as empty, not as a crash', async () => {
    const { prepared, text } = await occupancyReport(t, { from: '2030-01-01', to: '2030-01-31', residenceId: t.residences.own });
    const page = flat(text);
    expect(prepared.record.subject).toBe('Egebakken');
    expect(page).toMatch(/Belagte døgn 0 Ledige døgn 248 Belægning 0,0 %/);
    expect(page).toMatch(/januar 2030 248 0 248 0,0 % 0 0/);
  });
});
