// Renders a job on the calling thread, whole or in its template's parts. The worker thread
// (render-worker.ts) runs this; tests may call it directly to read a template's text back.
import { renderToBuffer } from '@react-pdf/renderer';
import type { RenderJob } from '../report-job';
import { registerReportFonts } from './fonts';
import { TEMPLATES } from './templates';

/** One PDF per part (one part unless the template splits the model). */
export async function renderParts(job: RenderJob, fontDir?: string): Promise<Uint8Array[]> {
  registerReportFonts(fontDir);
  const template = TEMPLATES[job.kind];
  const models = template.split ? template.split(job.model) : [job.model];
  const parts: Uint8Array[] = [];
  for (let index = 0; index < models.length; index++) {
    const document = template.render({ ...job, model: models[index] }, { index, count: models.length }) as Parameters<typeof renderToBuffer>[0];
    parts.push(new Uint8Array(await renderToBuffer(document)));
  }
  return parts;
}
