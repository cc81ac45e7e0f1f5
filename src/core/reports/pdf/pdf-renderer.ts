// Renders report jobs to one PDF each, off the main thread: a small pool of worker threads splits a
// long report into parts, renders them in parallel, then merges them and stamps "Side x af y".
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ErrorCode } from '../../../contract/errors';
import { DomainError } from '../../common/domain-error';
import type { RenderedPdf, RenderJob } from '../report-job';
import type { MergeResult, RenderResult, StartResult, WorkerReply, WorkerRequest } from './worker-protocol';

export interface PdfRendererOptions {
  /** The worker script: the built pdf-worker.js in the desktop app; the TypeScript source under tsx and vitest. */
  workerFile?: string;
  /** Extra Node flags for the worker. A `.ts` worker file is run through tsx without any. */
  execArgv?: string[];
  /** resources/fonts; found upwards from the source by default. */
  fontDir?: string;
  /** How many worker threads render in parallel (default: up to two, fewer on one core). */
  workers?: number;
  /** A worker's V8 old-generation limit: a runaway render fails instead of eating the machine. */
  maxHeapMb?: number;
  /** An idle worker is ended after this long (ms). */
  idleMs?: number;
}

type Distributed<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distributed<WorkerRequest>;

interface Task {
  request: Request;
  transfer: ArrayBuffer[];
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  taskId: number;
  idleTimer: NodeJS.Timeout | null;
}

/** Parts per render task: enough tasks to keep every worker busy, few enough to send little twice. */
const TASKS_PER_WORKER = 8;

/** The built worker (desktop) or the TypeScript source next to this file (tsx, vitest). */
function workerFileOf(options: PdfRendererOptions): string {
  return options.workerFile ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');
}

/**
 * A TypeScript worker boots through tsx's ESM API: on Node 20 `--import tsx` in a worker's execArgv
 * does not reach the worker's module loader ("Unknown file extension .ts").
 */
function startWorker(file: string, options: WorkerOptions): Worker {
  if (!file.endsWith('.ts')) return new Worker(file, options);
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

function toError(body: { name: string; message: string; stack?: string; code?: string; fields?: DomainError['fields'] }): Error {
  if (body.name === 'DomainError' && body.code) return new DomainError(body.code as ErrorCode, body.message, body.fields ?? []);
  const error = new Error(body.message);
  error.name = body.name;
  if (body.stack) error.stack = body.stack;
  return error;
}

export function createPdfRenderer(options: PdfRendererOptions = {}) {
  const size = Math.max(1, options.workers ?? Math.min(2, os.availableParallelism?.() ?? os.cpus().length));
  const idleMs = options.idleMs ?? 60_000;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;
  let peakHeap = 0;
  let started = 0;

  function spawn(): Slot {
    const worker = startWorker(workerFileOf(options), {
      execArgv: options.execArgv ?? [],
      workerData: { fontDir: options.fontDir },
      // React's production build: the development build's checks cost ~10 % of a render.
      env: { ...process.env, NODE_ENV: 'production' },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    });
    started++;
    const slot: Slot = { worker, task: null, taskId: 0, idleTimer: null };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id !== slot.taskId || !slot.task) return;
      peakHeap = Math.max(peakHeap, reply.peakHeap);
      const task = slot.task;
      slot.task = null;
      if (reply.ok) task.resolve(reply.result);
      else task.reject(toError(reply.error));
      pump();
    });
    const fail = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const task = slot.task;
      slot.task = null;
      task?.reject(error);
      void worker.terminate();
      pump();
    };
    worker.on('error', (error) => fail(new Error(`PDF-dannelsen fejlede: ${error.message}`)));
    worker.on('exit', (code) => fail(new Error(`PDF-dannelsen stoppede uventet (kode ${code}).`)));
    slots.push(slot);
    return slot;
  }

  function idle(slot: Slot) {
    slot.worker.unref();
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      const index = slots.indexOf(slot);
      if (index >= 0 && !slot.task) {
        slots.splice(index, 1);
        void slot.worker.terminate();
      }
    }, idleMs);
    slot.idleTimer.unref();
  }

  function pump() {
    while (queue.length > 0) {
      let slot = slots.find((candidate) => !candidate.task);
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) break;
      const task = queue.shift()!;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.task = task;
      slot.taskId = nextId++;
      slot.worker.ref();
      slot.worker.postMessage({ ...task.request, id: slot.taskId }, task.transfer);
    }
    for (const slot of slots) if (!slot.task && !slot.idleTimer) idle(slot);
  }

  function run<T>(request: Request, transfer: ArrayBuffer[] = []): Promise<T> {
    if (closed) return Promise.reject(new Error('PDF-dannelsen er lukket.'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ request, transfer, resolve: resolve as (result: unknown) => void, reject });
      pump();
    });
  }

  return {
    async render(job: RenderJob): Promise<RenderedPdf> {
      const start = await run<StartResult>({ op: 'start', job });
      if ('done' in start) return start.done;
      const { models } = start;
      const { model: _model, ...frameOnly } = job;
      const groupSize = Math.max(1, Math.ceil(models.length / (size * TASKS_PER_WORKER)));
      const groups: Promise<RenderResult>[] = [];
      for (let startIndex = 0; startIndex < models.length; startIndex += groupSize) {
        groups.push(run<RenderResult>({ op: 'render', job: frameOnly, models: models.slice(startIndex, startIndex + groupSize), startIndex, count: models.length }));
      }
      const parts = (await Promise.all(groups)).flatMap((group) => group.parts);
      const merged = await run<MergeResult>({ op: 'merge', frame: job.frame, parts }, parts.map((part) => part.buffer as ArrayBuffer));
      return merged.done;
    },
    /** The largest V8 heap a worker reported at the end of a task, and how many workers were started (for the bench). */
    stats(): { peakWorkerHeapBytes: number; workersStarted: number; liveWorkers: number } {
      return { peakWorkerHeapBytes: peakHeap, workersStarted: started, liveWorkers: slots.length };
    },
    async close(): Promise<void> {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('PDF-dannelsen blev lukket.'));
      const ending = slots.splice(0);
      for (const slot of ending) {
        if (slot.idleTimer) clearTimeout(slot.idleTimer);
        slot.task?.reject(new Error('PDF-dannelsen blev lukket.'));
        slot.task = null;
      }
      await Promise.all(ending.map((slot) => slot.worker.terminate()));
    },
  };
}

export type PdfRenderer = ReturnType<typeof createPdfRenderer>;
