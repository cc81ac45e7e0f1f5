// The municipality report read back from its PDF: the citizens the handlekommune placed, masked
// CPR, occupancy days (stay ∩ placement ∩ period) × daily rate, goals and their movement,
// magtanvendelser by type, the afdelingsleder's view, the honest empty report and its audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat } from '../../../tests/fixtures/pdf-text';
import { addEvaluation, addGoal, closeGoal, RELATIONS_THEME } from '../../../tests/fixtures/plans';
import { AARHUS, municipalityReport, place, restraint, SILKEBORG } from '../../../tests/fixtures/area-reports';
import { setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
  await setProvider(t);
});
afterEach(() => t.close());

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };
const aarhus = async (role: 'administrator' | 'afdelingsleder' = 'administrator', fullCpr = false) => {
  const { prepared, pdfs, pages, text } = await municipalityReport(t, { ...JANUARY, municipalityCode: AARHUS, regionCode: null, fullCpr }, role);
  return { summary: prepared.record, pdf: pdfs[0]!, pages: pages.map(flat), text };
};

describe('the municipality report', () => {
  it('bills the days a citizen both lived here and was placed by the municipality, with masked CPR', async () => {
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Ærø', moveIn: '2025-06-01' });
    place(t, anna, { dailyRateOre: 215_000 }); // all of January: 31 × 2.150,00
    const bo = citizenIn(t, 'other', { firstName: 'Bo', lastName: 'Østergaard', moveIn: '2026-01-20' });
    place(t, bo, { dailyRateOre: 412_550, paying: SILKEBORG, startDate: '2026-01-10' }); // 20.–31. January: 12 × 4.125,50
    const placedElsewhere = citizenIn(t, 'own', { firstName: 'Carl', lastName: 'Silkeborgsen' });
    place(t, placedElsewhere, { acting: SILKEBORG });
    const ended = citizenIn(t, 'own', { firstName: 'Dorte', lastName: 'Før' });
    place(t, ended, { endDate: '2025-12-31' });

    const { summary, pdf, pages, text } = await aarhus();
    const page = flat(text);

    expect(summary).toMatchObject({ kind: 'municipality', title: 'Rapport til Aarhus Kommune', municipalityCode: AARHUS, regionCode: null, fullCpr: false });
    expect(summary.fileName).toBe('rapport-til-aarhus-kommune-2026-01-01-2026-01-31.pdf');
    expect(page).toContain('Rapport til Aarhus Kommune');
    expect(page).toContain('Perioden 01-01-2026 – 31-01-2026');
    expect(page).toContain('Bo & Trivsel ApS');
    expect(page).toContain('Anna Ærø');
    expect(page).toContain('Bo Østergaard');
    expect(page).not.toContain('Silkeborgsen');
    expect(page).not.toContain('Dorte Før');
    expect(page).toContain('010180-xxxx');
    expect(page).not.toMatch(/010180-\d{4}/);
    expect(page).toMatch(/Anna Ærø 010180-xxxx Egebakken 01-01-2026 – 31-01-2026 31 2\.150,00 kr\. 66\.650,00 kr\./);
    // The residence cell wraps "(betaler: Silkeborg Kommune)" onto a second line.
    expect(page).toMatch(/Bo Østergaard 010180-xxxx Lærkehøj \(betaler: 20-01-2026 – 31-01-2026 12 4\.125,50 kr\. 49\.506,00 kr\. Silkeborg Kommune\)/);
    expect(page).toMatch(/I alt 43 116\.156,00 kr\./);
    expect(page).toMatch(/Borgere 2 Belægningsdøgn 43 Fakturagrundlag i alt 116\.156,00 kr\./);
    // One page per citizen after the summary, each with its stamdata.
    const annaPage = pages.find((text) => text.includes('1. Anna Ærø'))!;
    expect(annaPage).toMatch(/Lovgrundlag Serviceloven § 108/);
    expect(annaPage).toMatch(/Belægningsdøgn 31 Beløb 66\.650,00 kr\./);
    const boPage = pages.find((text) => text.includes('2. Bo Østergaard'))!;
    expect(boPage).toContain('Betalende kommune Silkeborg Kommune');
  });

  it('counts goals reached, active and closed in the period, their movement by theme and dimension, and magtanvendelser by type', async () => {
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Ærø', moveIn: '2025-06-01' });
    place(t, anna);
    const sleep = addGoal(t, anna, { startDate: '2025-09-01' });
    addEvaluation(t, sleep, { date: '2025-10-01', functionLevel: 3 });
    addEvaluation(t, sleep, { date: '2026-01-15', functionLevel: 2 }); // fremgang
    const relations = addGoal(t, anna, { ffbCode: RELATIONS_THEME.conditions[0]!.code, professionalText: 'Borgeren ser sin søster hver måned', startDate: '2025-09-01' });
    addEvaluation(t, relations, { date: '2025-10-01', functionLevel: 2 });
    closeGoal(t, relations, 'opnaaet', '2026-01-20');
    const before = addGoal(t, anna, { professionalText: 'Et mål lukket før perioden', startDate: '2025-02-01' });
    closeGoal(t, before, 'afsluttet', '2025-12-01');
    restraint(t, anna, 'fastholdelse', '2026-01-05');
    restraint(t, anna, 'fastholdelse', '2026-01-06');
    restraint(t, anna, 'skaermning', '2026-01-31');
    restraint(t, anna, 'fastholdelse', '2026-02-01'); // after the period

    const { pdf, pages, text } = await aarhus();
    const page = flat(text);
    expect(page).toContain('Mål 1 aktive, 1 opnået, 1 afsluttet i perioden');
    expect(page).not.toContain('Et mål lukket før perioden');
    // By FFB theme: Sundhedsforhold (sleep) moved forward, Relationer has too few evaluations.
    expect(page).toMatch(/Sundhedsforhold 1 0 0 0 1/);
    expect(page).toMatch(/Relationer 0 0 0 1 1/);
    expect(page).toMatch(/Fastholdelse 2/);
    expect(page).toMatch(/Skærmning 1/);
    expect(page).toMatch(/Magtanvendelser 3/);
    const annaPage = pages.find((text) => text.includes('1. Anna Ærø'))!;
    expect(annaPage).toContain('Mål (1 aktive, 1 opnået, 1 afsluttet i perioden)');
    expect(annaPage).toMatch(/Borgeren opnår en stabil døgnrytme med 7 timers Sundhedsforhold Aktiv Fremgang søvn/);
    expect(annaPage).toMatch(/Borgeren ser sin søster hver måned Relationer Opnået For få evalueringer 20-01-2026/);
    expect(annaPage).toMatch(/Fastholdelse 2 Skærmning 1 I alt 3/);
  });

  it('shows an afdelingsleder only the citizens of their residences, and audits one read per citizen', async () => {
    // Anna moved from the other residence to the leader's on 16 January: only her days here are shown.
    const anna = citizenIn(t, 'other', { firstName: 'Anna', lastName: 'Ærø', moveIn: '2025-01-01', moveOut: '2026-01-15' });
    t.backend.db.prepare("INSERT INTO citizen_stays (citizen_id, residence_id, move_in) VALUES (?, ?, '2026-01-16')").run(anna, t.residences.own);
    place(t, anna);
    const bo = citizenIn(t, 'other', { firstName: 'Bo', lastName: 'Østergaard' });
    place(t, bo);

    const { summary, text } = await aarhus('afdelingsleder');
    const page = flat(text);
    expect(page).toMatch(/Anna Ærø 010180-xxxx Egebakken 16-01-2026 – 31-01-2026 16 2\.150,00 kr\. 34\.400,00 kr\./);
    expect(page).not.toContain('Lærkehøj');
    expect(page).not.toContain('Bo Østergaard');

    // The administrator sees both of Anna's stays.
    const all = flat((await aarhus('administrator')).text);
    expect(all).toMatch(/Anna Ærø 010180-xxxx Lærkehøj 01-01-2026 – 15-01-2026 15 2\.150,00 kr\. 32\.250,00 kr\./);
    expect(all).toMatch(/Bo Østergaard/);
    const reads = auditRows(t.backend, 'reports.generateMunicipality').filter((row) => row.action === 'read' && row.username === 'leder');
    expect(reads.map((row) => row.citizen_id)).toEqual([anna]);
    expect(reads[0]).toMatchObject({ username: 'leder', subject: 'Rapport til Aarhus Kommune' });
    expect(summary.warnings.some((warning) => warning.startsWith('Ingen borgere'))).toBe(false);
  });

  it('gives an honest empty report for a period with no placed citizens, audited as a search', async () => {
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Ærø' });
    place(t, anna, { acting: SILKEBORG });
    const { summary, pages, text } = await aarhus();
    expect(flat(text)).toContain('Ingen borgere placeret af Aarhus Kommune i perioden');
    expect(flat(text)).toMatch(/Borgere 0 Belægningsdøgn 0 Fakturagrundlag i alt 0,00 kr\./);
    expect(summary.warnings).toContain('Ingen borgere placeret af Aarhus Kommune i perioden.');
    expect(pages).toHaveLength(1);
    const entries = auditRows(t.backend, 'reports.generateMunicipality');
    expect(entries.filter((row) => row.action === 'read')).toHaveLength(0);
    expect(entries.filter((row) => row.action === 'search')).toHaveLength(1);
  });

  it('prints the full CPR only when chosen by a user who may see it', async () => {
    const anna = citizenIn(t, 'own', { firstName: 'Anna', lastName: 'Ærø' });
    place(t, anna);
    const cpr = t.backend.db.prepare('SELECT cpr FROM citizens WHERE id = ?').pluck().get(anna) as string;
    const { summary, text } = await aarhus('administrator', true);
    expect(summary.fullCpr).toBe(true);
    expect(flat(text)).toContain(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);

    const actor = t.backend.actorByUsername('leder');
    const withoutCpr = { ...actor, permissions: new Set([...actor.permissions].filter((permission) => permission !== 'citizens.cpr')) };
    expect(() =>
      t.backend.services.areaReports.prepareArea(withoutCpr, { ...JANUARY, municipalityCode: AARHUS, regionCode: null, fullCpr: true }),
    ).toThrow(/Fuldt CPR-nummer/);
  });

  it('refuses an unknown municipality and asks for a municipality or a region, in Danish', async () => {
    const unknown = await t.call('reports.generateMunicipality', { ...JANUARY, municipalityCode: '0999', regionCode: null }, t.tokens.administrator);
    expect(expectCode(unknown, 'NOT_FOUND').message).toBe('Kommunen findes ikke.');
    const noRegion = await t.call('reports.generateMunicipality', { ...JANUARY, municipalityCode: null, regionCode: '1099' }, t.tokens.administrator);
    expect(expectCode(noRegion, 'NOT_FOUND').message).toBe('Regionen findes ikke.');
    const neither = await t.call('reports.generateMunicipality', { ...JANUARY, municipalityCode: null, regionCode: null }, t.tokens.administrator);
    expect(expectCode(neither, 'INVALID_INPUT').message).toContain('Vælg enten en kommune eller en region');
  });
});
