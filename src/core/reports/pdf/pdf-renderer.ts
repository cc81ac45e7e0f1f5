// Renders report jobs to one PDF each, off the main thread. PLACEHOLDER: renders in-process and
// does not merge parts or stamp page numbers yet (the worker pool replaces this).
import { PDFDocument } from 'pdf-lib';
import type { RenderedPdf, RenderJob } from '../report-job';
import { renderParts } from './render-in-process';

export interface PdfRendererOptions {
  /** The worker script: the built pdf-worker.js in the desktop app; the TypeScript source under tsx and vitest. */
  workerFile?: string;
  /** Extra Node flags for the worker (`--import tsx` to run the TypeScript source). */
  execArgv?: string[];
  /** resources/fonts; found upwards from the source by default. */
  fontDir?: string;
  /** How many worker threads render in parallel (default: up to two, fewer on one core). */
  workers?: number;
}

export function createPdfRenderer(options: PdfRendererOptions = {}) {
  return {
    async render(job: RenderJob): Promise<RenderedPdf> {
      const parts = await renderParts(job, options.fontDir);
      const pdf = parts[0]!;
      const pageCount = (await PDFDocument.load(pdf)).getPageCount();
      return { pdf, pageCount };
    },
    async close(): Promise<void> {},
  };
}

export type PdfRenderer = ReturnType<typeof createPdfRenderer>;
