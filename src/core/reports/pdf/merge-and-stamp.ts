// Joins a report's separately rendered parts into one PDF and stamps the footer on every page
// ("<tilbud> · <titel>" left, "Side x af y" right), so numbering runs across the whole report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { ParseSpeeds, PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import type { RenderedPdf, ReportFrame } from '../report-job';
import { defaultFontDir } from './fonts';
import { COLORS, FOOTER_SPACE } from './theme';

const FOOTER_SIZE = 7.5;
const SIDE_MARGIN = 48;
const fontCache = new Map<string, Uint8Array>();

function footerFontBytes(fontDir: string): Uint8Array {
  let bytes = fontCache.get(fontDir);
  if (!bytes) {
    bytes = readFileSync(path.join(fontDir, 'NotoSans-Regular.ttf'));
    fontCache.set(fontDir, bytes);
  }
  return bytes;
}

function hexColor(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Shortens text with "…" until it fits the width. */
function fit(font: PDFFont, text: string, width: number): string {
  if (font.widthOfTextAtSize(text, FOOTER_SIZE) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, FOOTER_SIZE) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The footer's left text: who sends it and what it is. */
export const footerLabel = (frame: ReportFrame): string => `${frame.letterhead.name} · ${frame.title}`;

export async function mergeAndStamp(parts: readonly Uint8Array[], frame: ReportFrame, fontDir: string = defaultFontDir()): Promise<RenderedPdf> {
  const merged = await PDFDocument.create();
  merged.registerFontkit(fontkit);
  for (const part of parts) {
    const source = await PDFDocument.load(part, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  const font = await merged.embedFont(footerFontBytes(fontDir), { subset: true });
  const color = hexColor(COLORS.muted);
  const rule = hexColor(COLORS.rule);
  const pages = merged.getPages();
  const label = footerLabel(frame);
  // Portrait and landscape pages fit the label to different widths; fit each width once.
  const fitted = new Map<number, string>();
  pages.forEach((page, index) => {
    const { width } = page.getSize();
    const baseline = FOOTER_SPACE / 2 - 2;
    const pageText = `Side ${index + 1} af ${pages.length}`;
    const pageWidth = font.widthOfTextAtSize(pageText, FOOTER_SIZE);
    page.drawLine({ start: { x: SIDE_MARGIN, y: baseline + 11 }, end: { x: width - SIDE_MARGIN, y: baseline + 11 }, thickness: 0.5, color: rule });
    if (!fitted.has(width)) fitted.set(width, fit(font, label, width - 2 * SIDE_MARGIN - font.widthOfTextAtSize('Side 9999 af 9999', FOOTER_SIZE) - 24));
    page.drawText(fitted.get(width)!, { x: SIDE_MARGIN, y: baseline, size: FOOTER_SIZE, font, color });
    page.drawText(pageText, { x: width - SIDE_MARGIN - pageWidth, y: baseline, size: FOOTER_SIZE, font, color });
  });
  merged.setTitle(`${frame.title} – ${frame.subtitle}`);
  merged.setAuthor(frame.letterhead.name);
  merged.setCreator('Kerne');
  merged.setProducer('Kerne');
  merged.setLanguage('da');
  merged.setCreationDate(new Date(frame.generatedAt));
  merged.setModificationDate(new Date(frame.generatedAt));
  const pdf = await merged.save({ objectsPerTick: Infinity });
  return { pdf, pageCount: pages.length };
}
