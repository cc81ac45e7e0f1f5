// The demo's vikarmapper: every demo residence has routines, practical notes, emergencies, a phone
// list with 112 and the lægevagt, and short notes for 2–3 residents; the PDF reads them back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { flat } from '../../../tests/fixtures/pdf-text';
import { prepareAndRender } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend({ adminOnly: true, loadDemo: true });
}, 120_000);
afterAll(() => t.close());

describe('the demo vikarmapper', () => {
  it('fills every residence’s vikarmappe', async () => {
    const residences = await t.callOk('residences.list', { includeArchived: false }, t.tokens.administrator);
    expect(residences.length).toBeGreaterThan(0);
    for (const residence of residences) {
      const briefing = await t.callOk('reports.briefing', { residenceId: residence.id }, t.tokens.administrator);
      expect(briefing.version).toBe(1);
      expect(briefing.routines).toMatch(/kl\. \d/);
      expect(briefing.practical).toMatch(/[Nn]øgle/);
      expect(briefing.emergency).toContain('112');
      expect(briefing.phoneNumbers.map((p) => p.phone)).toEqual(expect.arrayContaining(['112', '70 11 31 31']));
      expect(briefing.phoneNumbers[0]!.label).toContain(residence.name);
      const written = briefing.residents.filter((r) => r.text !== null);
      expect(written.length).toBeGreaterThanOrEqual(Math.min(2, briefing.residents.length));
      expect(written.length).toBeLessThanOrEqual(3);
      expect(briefing.updatedBy).not.toBeNull();
    }
  });

  it('prints Solsikken’s vikarmappe with its residents’ notes', async () => {
    const residences = await t.callOk('residences.list', { includeArchived: false }, t.tokens.administrator);
    const solsikken = residences.find((r) => r.name === 'Solsikken')!;
    const briefing = await t.callOk('reports.briefing', { residenceId: solsikken.id }, t.tokens.administrator);
    const noted = briefing.residents.find((r) => r.text !== null)!;
    const { text } = await prepareAndRender(t, 'administrator', (reports, actor) => reports.prepareVikarmappe(actor, { residenceId: solsikken.id }));
    const page = flat(text);
    expect(page).toContain('Vikarmappe');
    expect(page).toContain('Lægevagten (Region Midtjylland) 70 11 31 31');
    expect(page).toContain(noted.firstName);
    expect(page).toContain(noted.text!.slice(0, 30));
    expect(page).not.toContain('ikke skrevet endnu');
  });
});
