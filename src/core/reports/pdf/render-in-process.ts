// Renders a job on the calling thread, whole or in its template's parts. The worker thread
// (render-worker.ts) runs this; tests may call it directly to read a template's text back.
import { renderToBuffer } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { RenderJob } from '../report-job';
import { registerReportFonts, resetGlyphCaches } from './fonts';
import { TEMPLATES } from './templates';

/** The models of a job's parts in reading order (one unless the template splits the model). */
export function splitModels(job: RenderJob): unknown[] {
  const template = TEMPLATES[job.kind];
  const models = template.split ? template.split(job.model) : [job.model];
  return models.length > 0 ? models : [job.model];
}

/** One react-pdf <Document> to bytes, with fresh glyph caches (see resetGlyphCaches). */
export async function renderDocument(document: ReactElement): Promise<Uint8Array> {
  resetGlyphCaches();
  return new Uint8Array(await renderToBuffer(document as Parameters<typeof renderToBuffer>[0]));
}

/** One PDF per model, for parts `startIndex…` of a report with `count` parts. */
export async function renderModels(job: RenderJob, models: readonly unknown[], startIndex: number, count: number, fontDir?: string): Promise<Uint8Array[]> {
  registerReportFonts(fontDir);
  const template = TEMPLATES[job.kind];
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < models.length; offset++) {
    parts.push(await renderDocument(template.render({ ...job, model: models[offset] }, { index: startIndex + offset, count })));
  }
  return parts;
}

/** One PDF per part (one part unless the template splits the model). */
export async function renderParts(job: RenderJob, fontDir?: string): Promise<Uint8Array[]> {
  const models = splitModels(job);
  return renderModels(job, models, 0, models.length, fontDir);
}
