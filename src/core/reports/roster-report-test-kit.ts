// Test helpers for the roster-side reports: a provider letterhead, and a report prepared as a
// role would (in one transaction, as dispatch runs it) and rendered on this thread, read back as text.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pdfText } from '../../../tests/fixtures/pdf-text';
import type { TestBackend } from '../../../tests/fixtures/backend';
import type { InputOf, OutputOf, Role } from '../../contract';
import type { PreparedReport } from './report-job';
import { renderParts } from './pdf/render-in-process';

export async function setProvider(t: TestBackend): Promise<void> {
  await t.callOk(
    'settings.updateProvider',
    { name: 'Bo & Trivsel ApS', cvr: '12345678', street: 'Åboulevarden 7', postalCode: '8000', city: 'Aarhus C', phone: '86 00 00 00', email: null },
    t.tokens.administrator,
  );
}

type RosterReports = TestBackend['backend']['services']['rosterReports'];

/** Runs `prepare` as the role's user inside a transaction, then renders every part. */
export async function prepareAndRender<M>(
  t: TestBackend,
  role: Role,
  prepare: (reports: RosterReports, actor: ReturnType<TestBackend['backend']['actorByUsername']>) => PreparedReport<M>,
): Promise<{ prepared: PreparedReport<M>; pdfs: Uint8Array[]; text: string }> {
  const actor = t.backend.actorByUsername(t.users[role].username);
  const prepared = t.backend.db.transaction(() => prepare(t.backend.services.rosterReports, actor))();
  const pdfs = await renderParts(prepared.job);
  // To look at what a test rendered: KERNE_REPORT_PDF_DIR=/some/dir npx vitest run <file>.
  const dir = process.env.KERNE_REPORT_PDF_DIR;
  if (dir) pdfs.forEach((pdf, index) => writeFileSync(path.join(dir, `${index}-${prepared.record.fileName}`), pdf));
  return { prepared, pdfs, text: pdfs.map((pdf) => pdfText(pdf)).join('\f') };
}

/** Generates a report through dispatch as a host would, and reads the stored file back as text. */
export async function generateAndRead<M extends 'reports.generateWeeklyRoster' | 'reports.generateSubstituteHours' | 'reports.generateVikarmappe'>(
  t: TestBackend,
  method: M,
  input: InputOf<M>,
  token: string = t.tokens.administrator,
): Promise<{ summary: OutputOf<M>; pdf: Buffer; text: string }> {
  const summary = await t.callOk(method, input, token);
  const file = await t.callOk('reports.file', { id: summary.id }, token);
  const pdf = Buffer.from(file.base64, 'base64');
  return { summary, pdf, text: pdfText(pdf) };
}
