// The messages between the renderer pool and its worker threads (plain, structured-cloneable data).
import type { FieldError } from '../../../contract/errors';
import type { RenderedPdf, RenderJob, ReportFrame } from '../report-job';

export type WorkerRequest =
  /** Checks the logo and splits the model; a one-part report is rendered and stamped at once. */
  | { id: number; op: 'start'; job: RenderJob }
  /** Renders parts `startIndex…` of `count` from their models (the job's own model is not sent again). */
  | { id: number; op: 'render'; job: Omit<RenderJob, 'model'>; models: unknown[]; startIndex: number; count: number }
  /** Merges the parts in order and stamps the footer with "Side x af y". */
  | { id: number; op: 'merge'; frame: ReportFrame; parts: Uint8Array[] };

export type StartResult = { done: RenderedPdf } | { models: unknown[] };
export type RenderResult = { parts: Uint8Array[] };
export type MergeResult = { done: RenderedPdf };

export interface WorkerErrorBody {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  fields?: FieldError[];
}

export type WorkerReply =
  | { id: number; ok: true; result: unknown; peakHeap: number }
  | { id: number; ok: false; error: WorkerErrorBody; peakHeap: number };
