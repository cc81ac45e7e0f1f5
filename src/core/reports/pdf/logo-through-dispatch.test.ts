// The letterhead's logo as the user meets it: reports.generateStatus through dispatch renders in
// the worker pool with the demo logo drawn, warns when there is no logo, and refuses a stored logo
// that passed the signature check but is not a readable image, with the Danish message.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, type TestBackend } from '../../../../tests/fixtures/backend';
import { flat, pdfPages } from '../../../../tests/fixtures/pdf-text';
import { citizenWithYear, saveDraft } from '../../../../tests/fixtures/status-report';
import { DEMO_LOGO_PNG_BASE64 } from '../../demo/demo-logo';
import { NO_LOGO_WARNING } from '../letterhead';
import { UNREADABLE_LOGO_MESSAGE } from './logo-check';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

function statusCitizen(): number {
  const citizenId = citizenWithYear(t);
  saveDraft(t, citizenId, {});
  return citizenId;
}

const setLogo = (base64: string) => t.backend.services.settings.setLogo(t.backend.actorByUsername('admin'), 'image/png', base64);

/** The images drawn in a PDF (poppler's pdfimages), as "width×height" per image. */
function images(pdf: Buffer): string[] {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kerne-logo-')), 'report.pdf');
  writeFileSync(file, pdf);
  const list = execFileSync('pdfimages', ['-list', file]).toString('utf8').split('\n').slice(2).filter(Boolean);
  return list.map((line) => line.trim().split(/\s+/)).map((cells) => `${cells[3]}×${cells[4]}`);
}

describe('the logo in a generated report', () => {
  // One backend (one worker boot) for the three cases: no logo, the demo logo, a broken logo.
  it('warns without a logo, draws the demo logo, and refuses a logo that is not an image', async () => {
    const citizenId = statusCitizen();
    const generate = () => t.call('reports.generateStatus', { citizenId, fullCpr: false }, t.tokens.afdelingsleder);
    const pdfOf = async (id: number) => Buffer.from((await t.callOk('reports.file', { id }, t.tokens.afdelingsleder)).base64, 'base64');

    const plain = await t.callOk('reports.generateStatus', { citizenId, fullCpr: false }, t.tokens.afdelingsleder);
    expect(plain.warnings).toContain(NO_LOGO_WARNING);
    expect(images(await pdfOf(plain.id))).toEqual([]);

    setLogo(DEMO_LOGO_PNG_BASE64);
    const summary = await t.callOk('reports.generateStatus', { citizenId, fullCpr: false }, t.tokens.afdelingsleder);
    expect(summary.warnings).not.toContain(NO_LOGO_WARNING);
    const pdf = await pdfOf(summary.id);
    expect(images(pdf)).toContain('400×128');
    const pages = pdfPages(pdf).map(flat);
    expect(pages).toHaveLength(summary.pageCount);
    expect(pages[0]).toContain('Byen i Byen');
    expect(pages.at(-1)).toContain(`Side ${summary.pageCount} af ${summary.pageCount}`);
    if (process.env.KERNE_REPORT_PDF_DIR) {
      mkdirSync(process.env.KERNE_REPORT_PDF_DIR, { recursive: true });
      writeFileSync(`${process.env.KERNE_REPORT_PDF_DIR}/status-with-logo.pdf`, pdf);
    }

    setLogo(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('dette er ikke et billede')]).toString('base64'));
    const before = t.count('reports');
    const error = expectCode(await generate(), 'CONFLICT');
    expect(error.message).toBe(UNREADABLE_LOGO_MESSAGE);
    expect(t.count('reports')).toBe(before);
  });
});
