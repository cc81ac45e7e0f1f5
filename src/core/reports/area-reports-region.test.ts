// The region report: every municipality of the region that placed a citizen, each with its own
// fakturagrundlag and subtotal, the region's total; and the split that lets a long report render
// in parallel parts with every citizen exactly once, in order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat } from '../../../tests/fixtures/pdf-text';
import { AARHUS, KOEBENHAVN, MIDTJYLLAND, municipalityReport, place, SILKEBORG } from '../../../tests/fixtures/area-reports';
import { invoicePages } from './pdf/municipality-invoice-pages';
import { CITIZENS_PER_PART, splitAreaModel } from './pdf/municipality-split';
import { setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
  await setProvider(t);
});
afterEach(() => t.close());

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

describe('the region report', () => {
  it('groups the fakturagrundlag by municipality with subtotals and the region total', async () => {
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Aarhusianer', moveIn: '2025-06-01' });
    place(t, anna, { acting: AARHUS, dailyRateOre: 215_000 }); // 31 × 2.150,00 = 66.650,00
    const signe = citizenIn(t, 'own', { firstName: 'Signe', lastName: 'Silkeborg', moveIn: '2025-06-01' });
    place(t, signe, { acting: SILKEBORG, dailyRateOre: 300_000, startDate: '2026-01-17' }); // 15 × 3.000,00 = 45.000,00
    const sofus = citizenIn(t, 'other', { firstName: 'Sofus', lastName: 'Silkeborg', moveIn: '2025-06-01', moveOut: '2026-01-10' });
    place(t, sofus, { acting: SILKEBORG, dailyRateOre: 100_000 }); // 10 × 1.000,00 = 10.000,00
    const kaj = citizenIn(t, 'own', { firstName: 'Kaj', lastName: 'København' });
    place(t, kaj, { acting: KOEBENHAVN }); // Region Hovedstaden: not in this report

    const { prepared, pdfs, pages, text } = await municipalityReport(t, { ...JANUARY, municipalityCode: null, regionCode: MIDTJYLLAND, fullCpr: false });
    const page = flat(text);

    expect(prepared.record).toMatchObject({ kind: 'region', title: 'Rapport til Region Midtjylland', regionCode: MIDTJYLLAND, municipalityCode: null, citizenIds: [anna, signe, sofus] });
    expect(prepared.record.fileName).toBe('rapport-til-region-midtjylland-2026-01-01-2026-01-31.pdf');
    expect(page).toContain('Rapport til Region Midtjylland');
    expect(page).not.toContain('Kaj København');
    expect(page).toMatch(/Aarhus Kommune Borger CPR .* Anna Aarhusianer 010180-xxxx Egebakken 01-01-2026 – 31-01-2026 31 2\.150,00 kr\. 66\.650,00 kr\. I alt 31 66\.650,00 kr\./);
    expect(page).toMatch(/Signe Silkeborg 010180-xxxx Egebakken 17-01-2026 – 31-01-2026 15 3\.000,00 kr\. 45\.000,00 kr\./);
    expect(page).toMatch(/Sofus Silkeborg 010180-xxxx Lærkehøj 01-01-2026 – 10-01-2026 10 1\.000,00 kr\. 10\.000,00 kr\./);
    expect(page).toMatch(/Silkeborg Kommune Borger CPR .* 10\.000,00 kr\. I alt 25 55\.000,00 kr\./);
    expect(page).toMatch(/Fakturagrundlag pr\. kommune Kommune Borgere Døgn Beløb Aarhus Kommune 1 31 66\.650,00 kr\. Silkeborg Kommune 2 25 55\.000,00 kr\. I alt Region Midtjylland 3 56 121\.650,00 kr\./);
    // The citizen pages follow the municipalities' order: Aarhus before Silkeborg.
    const citizenText = pages.slice(2).map(flat).join(' ');
    const order = ['1. Anna Aarhusianer', '2. Signe Silkeborg', '3. Sofus Silkeborg'].map((heading) => citizenText.indexOf(heading));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(auditRows(t.backend, 'reports.generateMunicipality').filter((row) => row.action === 'read').map((row) => row.citizen_id).sort()).toEqual([anna, signe, sofus].sort());
  });

  it('counts a citizen whose placement moved between two of its municipalities with both, and the days once', () => {
    const mads = citizenIn(t, 'own', { firstName: 'Mads', lastName: 'Flytter', moveIn: '2025-06-01' });
    place(t, mads, { acting: AARHUS, endDate: '2026-01-09' }); // 9 days
    place(t, mads, { acting: SILKEBORG, startDate: '2026-01-10', dailyRateOre: 300_000 }); // 22 days
    const actor = t.backend.actorByUsername('admin');
    const { job } = t.backend.db.transaction(() =>
      t.backend.services.areaReports.prepareArea(actor, { ...JANUARY, municipalityCode: null, regionCode: MIDTJYLLAND, fullCpr: false }),
    )();
    expect(job.model.municipalities.map(({ name, citizens, occupancyDays, amountOre }) => [name, citizens, occupancyDays, amountOre])).toEqual([
      ['Aarhus Kommune', 1, 9, 9 * 215_000],
      ['Silkeborg Kommune', 1, 22, 22 * 300_000],
    ]);
    expect(job.model.totals).toMatchObject({ citizens: 1, occupancyDays: 31, amountOre: 9 * 215_000 + 22 * 300_000 });
    expect(job.model.citizens.map((citizen) => citizen.lines.length)).toEqual([2]);
  });

  it('splits a long report into parts: the summary first, then every citizen once, in order', async () => {
    const count = CITIZENS_PER_PART * 2 + 3;
    for (let i = 0; i < count; i++) {
      const id = citizenIn(t, 'own', { firstName: 'Borger', lastName: `Nr ${String(i + 1).padStart(3, '0')}`, moveIn: '2025-06-01' });
      place(t, id, { acting: i % 2 ? AARHUS : SILKEBORG });
    }
    const actor = t.backend.actorByUsername('admin');
    const { job } = t.backend.db.transaction(() =>
      t.backend.services.areaReports.prepareArea(actor, { ...JANUARY, municipalityCode: null, regionCode: MIDTJYLLAND, fullCpr: false }),
    )();
    const parts = splitAreaModel(job.model);
    expect(parts).toHaveLength(4);
    expect(parts[0]!.citizens).toEqual([]);
    expect(parts[0]!.invoice.flatMap((group) => group.rows)).toHaveLength(count);
    expect(parts.slice(1).every((part) => part.invoice.length === 0)).toBe(true);
    const names = parts.flatMap((part) => part.citizens.map((citizen) => citizen.name));
    expect(names).toEqual(job.model.citizens.map((citizen) => citizen.name));
    expect(new Set(names).size).toBe(count);
    expect(parts.map((part) => part.citizenOffset)).toEqual([0, 0, CITIZENS_PER_PART, CITIZENS_PER_PART * 2]);

    // The fakturagrundlag is cut into pages: every row once, in order, each municipality's subtotal where it ends.
    const pages = invoicePages(parts[0]!.invoice, 20);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat().flatMap((slice) => slice.rows.map((row) => row.citizenName))).toEqual(parts[0]!.invoice.flatMap((group) => group.rows.map((row) => row.citizenName)));
    expect(pages.flat().filter((slice) => slice.last).map((slice) => slice.subtotal.name)).toEqual(['Aarhus Kommune', 'Silkeborg Kommune']);
    expect(pages.flat().filter((slice) => slice.continued).length).toBeGreaterThan(0);

    // A short report stays whole.
    expect(splitAreaModel({ ...job.model, citizens: job.model.citizens.slice(0, 3) })).toHaveLength(1);
  });
});
