// The shared building blocks behave as templates rely on: a long table repeats its header on
// every page it spans and nowhere after it, and the letterhead shows only where asked.
import { createElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { flat, pdfPages } from '../../../../tests/fixtures/pdf-text';
import { engineTestJob } from './engine-test-support/engine-test-job';
import { registerReportFonts } from './fonts';
import { Paragraph, ReportDocument, ReportPage, Section, Table } from './primitives';
import { renderDocument } from './render-in-process';

// Loosely typed: the primitives take `children` as a prop, which createElement's overloads cannot see.
const h = createElement as unknown as (type: unknown, props: object | null, ...children: unknown[]) => ReactElement;

describe('Table', () => {
  it('repeats its header on the pages it spans and not on the pages after it', async () => {
    registerReportFonts();
    const frame = engineTestJob().frame;
    const rows = Array.from({ length: 70 }, (_, i) => [`Række ${i + 1}`, String(i + 1)]);
    const after = Array.from({ length: 120 }, (_, i) => h(Paragraph, { key: i }, `Efter tabellen linje ${i + 1}.`));
    const pdf = await renderDocument(
      h(ReportDocument, { frame }, h(ReportPage, { frame, first: true }, h(Section, { title: 'Belægning' }, h(Table, { columns: [{ title: 'Kolonneoverskrift', width: 2 }, { title: 'Dage', width: 1, align: 'right' }], rows })), ...after)),
    );
    const pages = pdfPages(pdf).map(flat);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const withRows = pages.filter((page) => page.includes('Række '));
    const withoutRows = pages.filter((page) => !page.includes('Række '));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page.match(/Kolonneoverskrift/g)).toHaveLength(1);
    expect(withoutRows.length).toBeGreaterThan(0);
    for (const page of withoutRows) expect(page).not.toContain('Kolonneoverskrift');
    expect(pages.join(' ')).toContain('Række 70 70');
    expect(pages[0]).toContain('Bofællesskabet Ærø');
    expect(pages[1]).not.toContain('Østergade 1');
  });
});
