// The statusrapport as the municipality reads it: generated through dispatch, stored, and its PDF
// read back with pdftotext (names, masked CPR, goals, the citizen's words, counts, the draft's text).
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat, pdfText } from '../../../tests/fixtures/pdf-text';
import { renderParts } from './pdf/render-in-process';
import { ASSESSMENT, citizenWithYear, MARKED_NOTE, RECOMMENDATION_TEXT, saveDraft, setProvider, SUB_GOAL, UNMARKED_NOTE } from '../../../tests/fixtures/status-report';

const SCRATCH = `${process.cwd()}/.tmp/e2`;
mkdirSync(SCRATCH, { recursive: true });

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend({ onInternalError: (method, error) => console.error(method, error) });
});
afterEach(() => t.close());

/** Prepares the report as the department head (in a transaction, as dispatch does) and renders it on this thread. */
async function generate(citizenId: number, fullCpr = false) {
  const actor = t.backend.actorByUsername('leder');
  const prepared = t.backend.db.transaction(() => t.backend.services.statusReports.prepare(actor, { citizenId, fullCpr }))();
  const [pdf] = await renderParts(prepared.job);
  writeFileSync(`${SCRATCH}/status-${expect.getState().currentTestName?.slice(17, 40).replace(/\W+/g, '-')}.pdf`, pdf!);
  return { summary: prepared.record, text: flat(pdfText(pdf!)) };
}

describe('the statusrapport', () => {
  it('prints every part of the outline for the period, with the citizen masked', async () => {
    const citizenId = citizenWithYear(t);
    const { summary, text } = await generate(citizenId);
    expect(summary).toMatchObject({ kind: 'status', title: 'Statusrapport', subject: 'Åse Ørum', citizenId, citizenIds: [citizenId], municipalityCode: '0751', periodFrom: '2025-01-01', periodTo: '2025-12-31', fullCpr: false });
    expect(summary.fileName).toBe('statusrapport-aase-oerum-2025-01-01-2025-12-31.pdf');
    expect(text).toContain('Åse Ørum · 01-01-2025 – 31-12-2025');
    expect(text).toContain('010180-xxxx');
    expect(text).not.toMatch(/010180-\d{4}/);
    for (const heading of ['1. Stamdata', '2. Formål fra handleplanen (§ 141)', '3. Mål og delmål', '4. Tematisk status (FFB)', '5. Særlige hændelser', '6. Samlet vurdering og anbefaling', '7. Bemærkninger og underskrift']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Aarhus Kommune');
    expect(text).toContain('Sara Sagsbehandler');
    expect(text).toContain('Åse skal have et trygt hjem og blive mere selvhjulpen.');
    expect(text).toContain('Mål 1: Borgeren opnår en stabil døgnrytme med 7 timers søvn');
    expect(text).toContain(`Delmål 1.1: ${SUB_GOAL}`);
    expect(text).toContain('»Jeg vil gerne kunne sove om natten«');
    expect(text).toContain('Start: 3 Svært nedsat funktionsevne · Nu: 2 Moderat nedsat funktionsevne');
    expect(text).toContain('Fremgang');
    expect(text).toContain('Magtanvendelser: 3');
    expect(text).toMatch(/Fastholdelse 2/);
    expect(text).toContain('Hospitalsindlæggelser: 1');
    expect(text).toContain('Relationer Åse holder kontakt med sin familie (for få evalueringer) 1');
    expect(text).toContain('Egenomsorg Ingen mål i perioden 0');
    expect(text).toContain(MARKED_NOTE);
    expect(text).not.toContain(UNMARKED_NOTE);
    expect(text).toContain(ASSESSMENT);
    expect(text).toContain('Fortsæt indsatsen');
    expect(text).toContain(RECOMMENDATION_TEXT);
    expect(text).toContain('Næste opfølgning 01-06-2026');
    expect(text).toContain('Jeg er glad for at bo her.');
    expect(text).toContain('Lis Leder');
  });

  it('prints the full CPR only when chosen by a user allowed to see it', async () => {
    const citizenId = citizenWithYear(t);
    const { text, summary } = await generate(citizenId, true);
    expect(summary.fullCpr).toBe(true);
    expect(text).toMatch(/010180-\d{4}/);
  });

  it('refuses full CPR to a user without the permission', async () => {
    const citizenId = citizenWithYear(t);
    const admin = t.backend.actorByUsername('admin');
    const withoutCpr = { ...admin, permissions: new Set([...admin.permissions].filter((p) => p !== 'citizens.cpr')) };
    const envelope = await t.backend.dispatch.asActor(withoutCpr, 'reports.generateStatus', { citizenId, fullCpr: true });
    expect(expectCode(envelope, 'FORBIDDEN').message).toBe('Du må ikke se fulde CPR-numre.');
    expect(t.count('reports')).toBe(0);
  });

  it('gives an honest, complete report for a period with nothing in it, and says so in the warnings', async () => {
    const citizenId = citizenWithYear(t, { draft: false });
    saveDraft(t, citizenId, { periodFrom: '2022-01-01', periodTo: '2022-12-31', nextFollowUp: null, assessment: null, recommendation: null });
    const { summary, text } = await generate(citizenId);
    expect(text).toContain('Ingen aktive mål i perioden.');
    expect(text).toContain('Ingen magtanvendelser i perioden');
    expect(text).toContain('Ingen notater er markeret til statusrapporten i perioden.');
    expect(text).toContain('7. Bemærkninger og underskrift');
    expect(summary.warnings.join(' ')).toMatch(/ingen mål, notater eller hændelser/);
  });

  it("prints a note's current version: marked by a correction it shows, unmarked by one it is gone", async () => {
    const citizenId = citizenWithYear(t);
    const admin = t.backend.actorByUsername('admin');
    const notes = t.backend.db.prepare('SELECT id FROM notes WHERE citizen_id = ? ORDER BY id').pluck().all(citizenId) as number[];
    const correct = (id: number, body: string, forStatusReport: boolean) =>
      t.backend.db.transaction(() =>
        t.backend.services.notes.correct(admin, { id, version: 1, reason: 'Rettet', date: '2025-10-05', body, goalIds: [], themeCodes: [], forStatusReport }),
      )();
    correct(notes[0]!, 'Ikke til rapporten efter rettelse.', false);
    correct(notes[1]!, 'Rolig aften med fællesspisning (rettet og markeret).', true);
    const { text } = await generate(citizenId);
    expect(text).toContain('Rolig aften med fællesspisning (rettet og markeret).');
    expect(text).not.toContain(UNMARKED_NOTE);
    expect(text).not.toContain(MARKED_NOTE);
    expect(text).not.toContain('Ikke til rapporten');
  });

  it('says "Ingen evalueringer i perioden" for a goal not evaluated in the period', async () => {
    const citizenId = citizenWithYear(t);
    const { text } = await generate(citizenId);
    expect(text).toContain('Ingen evalueringer i perioden');
  });

  it('refuses staff, planners and a department head of another residence', async () => {
    const citizenId = citizenWithYear(t);
    expectCode(await t.call('reports.generateStatus', { citizenId }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('reports.generateStatus', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    const elsewhere = citizenIn(t, 'other');
    expectCode(await t.call('reports.generateStatus', { citizenId: elsewhere }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('reports.statusDraft', { citizenId: elsewhere }, t.tokens.afdelingsleder), 'FORBIDDEN');
  });
});

describe('the status draft', () => {
  it('starts as the last 12 months, annual, signed by the user, and suggests the next goal follow-up', async () => {
    setProvider(t);
    const citizenId = citizenWithYear(t, { draft: false });
    const draft = await t.callOk('reports.statusDraft', { citizenId }, t.tokens.afdelingsleder);
    expect(draft).toMatchObject({ version: 0, periodFrom: '2025-03-03', periodTo: '2026-03-02', reason: 'aarlig', signerName: 'Lis Leder', nextFollowUp: '2026-04-01' });
  });

  it('starts at the move-in for a citizen who moved in within the year', async () => {
    setProvider(t);
    const citizenId = citizenIn(t, 'own', { moveIn: '2025-11-15' });
    expect((await t.callOk('reports.statusDraft', { citizenId }, t.tokens.afdelingsleder)).periodFrom).toBe('2025-11-15');
  });

  it('saves with versions: a stale save is a Danish CONFLICT', async () => {
    const citizenId = citizenWithYear(t, { draft: false });
    const base = { citizenId, periodFrom: '2025-01-01', periodTo: '2025-12-31', reason: 'revision' as const, assessment: 'Første', version: 0 };
    const first = await t.callOk('reports.saveStatusDraft', base, t.tokens.afdelingsleder);
    expect(first.version).toBe(1);
    const second = await t.callOk('reports.saveStatusDraft', { ...base, assessment: 'Anden', version: 1 }, t.tokens.afdelingsleder);
    expect(second).toMatchObject({ version: 2, assessment: 'Anden', updatedBy: 'Lis Leder' });
    expect(expectCode(await t.call('reports.saveStatusDraft', { ...base, version: 1 }, t.tokens.afdelingsleder), 'CONFLICT').message).toMatch(/ændret af en anden/);
    expect((await t.callOk('reports.statusDraft', { citizenId }, t.tokens.afdelingsleder)).assessment).toBe('Anden');
  });

  it('refuses a period longer than five years, naming the field', async () => {
    const citizenId = citizenWithYear(t, { draft: false });
    const envelope = await t.call('reports.saveStatusDraft', { citizenId, periodFrom: '2015-01-01', periodTo: '2025-12-31', reason: 'aarlig', version: 0 }, t.tokens.afdelingsleder);
    expect(expectCode(envelope, 'INVALID_INPUT').fields).toEqual([{ path: 'periodTo', message: 'Perioden kan højst være fem år' }]);
  });

  it('is used unsaved when generating, with a warning that it was not saved', async () => {
    const citizenId = citizenWithYear(t, { draft: false });
    const actor = t.backend.actorByUsername('leder');
    const prepared = t.backend.db.transaction(() => t.backend.services.statusReports.prepare(actor, { citizenId, fullCpr: false }))();
    expect(prepared.record).toMatchObject({ periodFrom: '2025-03-03', periodTo: '2026-03-02' });
    expect(prepared.record.warnings.join(' ')).toMatch(/udkast er ikke gemt/);
    expect(prepared.job.model.signer.name).toBe('Lis Leder');
  });

  it('refuses a next follow-up before the period ends, naming the field', async () => {
    const citizenId = citizenWithYear(t, { draft: false });
    const envelope = await t.call('reports.saveStatusDraft', { citizenId, periodFrom: '2025-01-01', periodTo: '2025-12-31', reason: 'aarlig', nextFollowUp: '2025-06-01', version: 0 }, t.tokens.afdelingsleder);
    expect(expectCode(envelope, 'INVALID_INPUT').fields).toEqual([{ path: 'nextFollowUp', message: 'Næste opfølgning kan ikke ligge før periodens slutning (31-12-2025)' }]);
  });
});
