// Cuts the fakturagrundlag into page-sized pieces, each drawn as its own <Page>: react-pdf lays out
// one long flowing page in quadratic time, but many pages in linear time (300 citizens = 8-10 pages).
import type { InvoiceGroup, InvoiceRow, MunicipalitySubtotal } from '../models/area-report-model';

/** One municipality's rows on one page: its heading (or "fortsat"), and its subtotal when it ends here. */
export interface InvoiceSlice {
  subtotal: MunicipalitySubtotal;
  rows: InvoiceRow[];
  continued: boolean;
  last: boolean;
}

/** Table lines a page holds at the table's font size, with room for a heading and the table header. */
export const INVOICE_LINES_PER_PAGE = 40;
const HEADING_LINES = 3;

/** A row with a paying municipality wraps onto more lines in the residence column. */
const rowLines = (row: InvoiceRow): number => (row.payingMunicipalityName ? 3 : 1);

export function invoicePages(groups: readonly InvoiceGroup[], linesPerPage = INVOICE_LINES_PER_PAGE): InvoiceSlice[][] {
  const pages: InvoiceSlice[][] = [];
  let page: InvoiceSlice[] = [];
  let used = 0;
  const newPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const group of groups) {
    let slice: InvoiceSlice | null = null;
    let placed = 0;
    for (const row of group.rows) {
      const needed = rowLines(row) + (slice ? 0 : HEADING_LINES);
      if (used + needed > linesPerPage && used > 0) {
        newPage();
        slice = null;
      }
      if (!slice) {
        slice = { subtotal: group.subtotal, rows: [], continued: placed > 0, last: false };
        page.push(slice);
        used += HEADING_LINES;
      }
      slice.rows.push(row);
      placed += 1;
      used += rowLines(row);
    }
    if (slice) {
      slice.last = true;
      used += 1; // the subtotal row
    }
  }
  newPage();
  return pages;
}
