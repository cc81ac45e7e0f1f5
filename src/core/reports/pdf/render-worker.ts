// The PDF worker thread: does all React and PDF work for the renderer pool (pdf-renderer.ts), so
// the main thread stays free. Built as out/main/pdf-worker.js for the desktop; run from source under tsx.
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderJob } from '../report-job';
import { assertReadableLogo } from './logo-check';
import { mergeAndStamp } from './merge-and-stamp';
import { renderModels, splitModels } from './render-in-process';
import type { WorkerErrorBody, WorkerReply, WorkerRequest } from './worker-protocol';

const fontDir: string | undefined = (workerData as { fontDir?: string } | null)?.fontDir;
let peakHeap = 0;

async function handle(request: WorkerRequest): Promise<{ result: unknown; transfer: ArrayBuffer[] }> {
  switch (request.op) {
    case 'start': {
      await assertReadableLogo(request.job.frame.letterhead);
      const models = splitModels(request.job);
      if (models.length > 1) return { result: { models }, transfer: [] };
      const parts = await renderModels(request.job, models, 0, 1, fontDir);
      const done = await mergeAndStamp(parts, request.job.frame, fontDir);
      return { result: { done }, transfer: [done.pdf.buffer as ArrayBuffer] };
    }
    case 'render': {
      const job: RenderJob = { ...request.job, model: null };
      const parts = await renderModels(job, request.models, request.startIndex, request.count, fontDir);
      return { result: { parts }, transfer: parts.map((part) => part.buffer as ArrayBuffer) };
    }
    case 'merge': {
      const done = await mergeAndStamp(request.parts, request.frame, fontDir);
      return { result: { done }, transfer: [done.pdf.buffer as ArrayBuffer] };
    }
  }
}

/** Carries a DomainError's code, message and fields across the thread boundary. */
function describe(error: unknown): WorkerErrorBody {
  if (error instanceof Error) {
    const { code, fields } = error as Error & { code?: unknown; fields?: unknown };
    return { name: error.name, message: error.message, stack: error.stack, code: typeof code === 'string' ? code : undefined, fields: Array.isArray(fields) ? fields : undefined };
  }
  return { name: 'Error', message: String(error) };
}

parentPort!.on('message', (request: WorkerRequest) => {
  handle(request).then(
    ({ result, transfer }) => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      const reply: WorkerReply = { id: request.id, ok: true, result, peakHeap };
      parentPort!.postMessage(reply, transfer);
    },
    (error: unknown) => {
      const reply: WorkerReply = { id: request.id, ok: false, error: describe(error), peakHeap };
      parentPort!.postMessage(reply);
    },
  );
});
