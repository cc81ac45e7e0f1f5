// The shipped font and the merge: Danish and wider Unicode read back exactly, and a report merged
// from parts is numbered "Side x af y" across all its pages, with the sender and title beside it.
import { Document, Page, Text } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { flat, pdfPageCount, pdfPages, pdfText } from '../../../../tests/fixtures/pdf-text';
import { engineTestJob } from './engine-test-support/engine-test-job';
import { engineTestTemplate } from './engine-test-support/engine-test-template';
import { registerReportFonts } from './fonts';
import { mergeAndStamp } from './merge-and-stamp';
import { renderDocument as render } from './render-in-process';
import { styles } from './theme';


describe('the report font', () => {
  it('renders Danish letters, typography and wider Latin exactly as written', async () => {
    registerReportFonts();
    const lines = ['æøå ÆØÅ', 'Ærø Åbenrå Østergade', 'Gőz Łódź Ağrı – “citat” … § 85 ½ é ü ß', 'Fed: Søren Kierkegaard'];
    const pdf = await render(
      h(Document, null, h(Page, { size: 'A4', style: styles.page }, ...lines.map((line, i) => h(Text, { key: i, style: i === 3 ? { fontWeight: 'bold' } : i === 2 ? { fontStyle: 'italic' } : {} }, line)))),
    );
    const text = pdfText(pdf);
    for (const line of lines) expect(text).toContain(line);
  });

  it('keeps plain "A" in a document drawn after one with "Å" (fontkit glyph cache)', async () => {
    registerReportFonts();
    const page = (line: string) => h(Document, null, h(Page, { size: 'A4', style: styles.page }, h(Text, null, line)));
    await render(page('æøå ÆØÅ'));
    expect(flat(pdfText(await render(page('Anne Bent Carl ABC')))).trim()).toBe('Anne Bent Carl ABC');
  });
});

describe('mergeAndStamp', () => {
  it('numbers the pages of a split report "Side x af y" across its parts', async () => {
    registerReportFonts();
    const job = engineTestJob({ sectionCount: 3, perPart: 1 });
    const models = engineTestTemplate.split!(job.model);
    expect(models).toHaveLength(3);
    const parts = await Promise.all(models.map((model, index) => render(engineTestTemplate.render({ ...job, model }, { index, count: 3 }))));
    const { pdf, pageCount } = await mergeAndStamp(parts, job.frame);
    expect(pageCount).toBe(3);
    expect(pdfPageCount(pdf)).toBe(3);
    const pages = pdfPages(pdf).map(flat);
    pages.forEach((page, index) => {
      expect(page).toContain(`Afsnit ${index + 1}`);
      expect(page).toContain(`Side ${index + 1} af 3`);
      expect(page).toContain('Bofællesskabet Ærø · Testrapport');
    });
    // The letterhead only on the first part; who made it only at the end.
    expect(pages[0]).toContain('Østergade 1, 5970 Ærøskøbing');
    expect(pages[1]).not.toContain('Østergade 1');
    expect(pages[2]).toContain('Dannet i Kerne 01-04-2026 kl. 10:00 af Anne Åberg.');
    expect(pages[0]).not.toContain('Dannet i Kerne');
  });

  it('numbers a part that flows over several pages and shortens a long footer label', async () => {
    registerReportFonts();
    const long = 'Et meget langt tilbudsnavn der bliver ved og ved '.repeat(4).trim();
    const job = engineTestJob({ sections: [{ heading: 'Langt afsnit', lines: Array.from({ length: 120 }, (_, i) => `Linje ${i + 1} om hverdagen på bostedet.`) }], perPart: 0 }, { name: long });
    const part = await render(engineTestTemplate.render(job));
    const { pdf, pageCount } = await mergeAndStamp([part], job.frame);
    expect(pageCount).toBeGreaterThan(1);
    const pages = pdfPages(pdf).map(flat);
    expect(pages.at(-1)).toContain(`Side ${pageCount} af ${pageCount}`);
    expect(pages[0]).toContain('Et meget langt tilbudsnavn');
    expect(pages[0]).toContain('…');
    // The stamped footer stays below the content: the last line of a full page is still readable whole.
    expect(flat(pdfText(pdf))).toContain('Linje 120 om hverdagen på bostedet.');
  });
});
