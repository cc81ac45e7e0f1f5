// The progression chart reads back from the PDF: the scale it chose, its Danish axis labels and
// dd-mm-åå dates, and the honest text when there is nothing to draw.
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { flat, pdfText } from '../../../../tests/fixtures/pdf-text';
import { registerReportFonts } from './fonts';
import { ProgressionChart, type ProgressionPoint } from './progression-chart';
import { Document, Page } from '@react-pdf/renderer';
import { renderDocument } from './render-in-process';
import { styles } from './theme';

async function chartText(points: ProgressionPoint[]): Promise<{ text: string; pdf: Uint8Array }> {
  registerReportFonts();
  const pdf = await renderDocument(h(Document, null, h(Page, { size: 'A4', style: styles.page }, h(ProgressionChart, { points }))));
  return { text: flat(pdfText(pdf)), pdf };
}

describe('ProgressionChart', () => {
  it('draws funktionsevneniveau when an evaluation has a level, with Danish labels and dates', async () => {
    const { text, pdf } = await chartText([
      { date: '2026-01-10', level: 3, gas: -1 },
      { date: '2026-04-02', level: 2, gas: 0 },
      { date: '2026-08-20', level: null, gas: 1 },
      { date: '2026-10-15', level: 1, gas: 1 },
    ]);
    expect(text).toContain('Funktionsevneniveau (0 = ingen nedsættelse; lavere er bedre)');
    expect(text).toContain('0 Ingen');
    expect(text).toContain('4 Fuldstændig');
    expect(text).toContain('Evalueringsdato');
    expect(text).toMatch(/\b\d\d-\d\d-26\b/);
    expect(text).not.toContain('GAS-score');
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
  });

  it('falls back to GAS when no evaluation has a level', async () => {
    const { text } = await chartText([
      { date: '2026-02-01', level: null, gas: -2 },
      { date: '2026-06-01', level: null, gas: 1 },
    ]);
    expect(text).toContain('GAS-score (–2 til +2; højere er bedre)');
    expect(text).toContain('0 Forventet');
    expect(text).not.toContain('Fuldstændig');
  });

  it('shows a single evaluation as a dot on a dated axis', async () => {
    const { text } = await chartText([{ date: '2026-05-05', level: 2, gas: null }]);
    expect(text).toContain('2 Moderat');
    expect(text).toMatch(/\b\d\d-0[45]-26\b/);
    expect(text).not.toContain('Ingen evalueringer');
  });

  it('says so when there are no evaluations', async () => {
    expect((await chartText([])).text).toContain('Ingen evalueringer i perioden');
    expect((await chartText([{ date: '2026-05-05', level: null, gas: null }])).text).toContain('Ingen evalueringer i perioden');
  });
});
