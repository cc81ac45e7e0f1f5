// The demo's statusrapport drafts: four residents of Anne Holm's residences have written text, and
// a report generated from one of them reads as a real statusrapport (also rendered for inspection).
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { flat, pdfText } from '../../../tests/fixtures/pdf-text';
import { DEMO_PASSWORD } from '../demo/build-demo';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend({ adminOnly: true, loadDemo: true });
}, 120_000);
afterAll(() => t.close());

const drafts = () =>
  t.backend.db
    .prepare('SELECT d.citizen_id AS citizenId, d.assessment, d.recommendation, u.display_name AS writer FROM status_report_drafts d JOIN users u ON u.id = d.updated_by ORDER BY d.citizen_id')
    .all() as Array<{ citizenId: number; assessment: string; recommendation: string; writer: string }>;

it('has four saved drafts written by Anne Holm for residents she can see', () => {
  const rows = drafts();
  expect(rows).toHaveLength(4);
  const anne = t.backend.actorByUsername('anne.holm');
  for (const row of rows) {
    expect(row.writer).toBe('Anne Holm');
    expect(row.assessment.length).toBeGreaterThan(100);
    expect(t.backend.services.citizenAccess.canSee(anne, row.citizenId)).toBe(true);
  }
  expect(new Set(rows.map((row) => row.recommendation)).size).toBeGreaterThan(2);
});

it('gives a full statusrapport from a demo draft, stored with "Side x af y"', async () => {
  const { citizenId } = drafts()[0]!;
  const token = await t.login('anne.holm', DEMO_PASSWORD);
  const summary = await t.callOk('reports.generateStatus', { citizenId, fullCpr: false }, token);
  const pdf = Buffer.from((await t.callOk('reports.file', { id: summary.id }, token)).base64, 'base64');
  mkdirSync(`${process.cwd()}/.tmp/e2`, { recursive: true });
  writeFileSync(`${process.cwd()}/.tmp/e2/demo-status.pdf`, pdf);
  const text = flat(pdfText(pdf));
  expect(text).toContain('Mål 1:');
  expect(text).toMatch(/\d{6}-xxxx/);
  expect(text).toContain('Anne Holm');
  expect(text).toContain(`Side 1 af ${summary.pageCount}`);
  const draft = drafts()[0]!;
  expect(text).toContain(flat(draft.assessment).slice(0, 60));
  expect(summary.warnings).toEqual([]);
}, 60_000);
