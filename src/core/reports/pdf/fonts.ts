// Registers the font shipped in resources/fonts (Noto Sans, SIL OFL) with @react-pdf/renderer, so
// Danish letters and typography never depend on the fonts of the machine that renders.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Font } from '@react-pdf/renderer';

export const REPORT_FONT = 'Noto Sans';
const REGULAR = 'NotoSans-Regular.ttf';

/** resources/fonts, found upwards from this file (the repository in development, out/ when built). */
export function defaultFontDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'resources', 'fonts');
    if (existsSync(path.join(candidate, REGULAR))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`resources/fonts/${REGULAR} not found above ${fileURLToPath(import.meta.url)}`);
}

let registeredFrom: string | null = null;

/** Idempotent: registers the four faces once per thread. */
export function registerReportFonts(fontDir: string = defaultFontDir()): void {
  if (registeredFrom === fontDir) return;
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: path.join(fontDir, REGULAR) },
      { src: path.join(fontDir, 'NotoSans-Bold.ttf'), fontWeight: 'bold' },
      { src: path.join(fontDir, 'NotoSans-Italic.ttf'), fontStyle: 'italic' },
      { src: path.join(fontDir, 'NotoSans-BoldItalic.ttf'), fontWeight: 'bold', fontStyle: 'italic' },
    ],
  });
  // Whole words only: react-pdf's English hyphenation splits Danish words wrongly (and costs time).
  Font.registerHyphenationCallback((word) => [word]);
  registeredFrom = fontDir;
}

const FACES = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
  { fontWeight: 700, fontStyle: 'italic' },
] as const;

/**
 * Forgets the glyphs fontkit cached while drawing earlier documents. fontkit keeps one glyph object
 * per glyph id per font for the life of the thread; once a document has drawn "Å" (a composite of
 * "A"), the next document loses its plain "A"s (drawn and extracted). Call before every document.
 */
export function resetGlyphCaches(): void {
  for (const face of FACES) {
    const source = Font.getFont({ fontFamily: REPORT_FONT, ...face }) as { data?: { _glyphs?: object } } | undefined;
    if (source?.data?._glyphs) source.data._glyphs = {};
  }
}
