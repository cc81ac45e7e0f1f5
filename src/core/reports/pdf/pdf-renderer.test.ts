// The worker pool renders off the main thread: a split report comes back as one PDF numbered
// across its parts, a broken logo reaches the caller as the Danish DomainError, a failing or dying
// worker rejects only its own job, and closing the pool rejects what is still waiting.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { flat, pdfPageCount, pdfPages } from '../../../../tests/fixtures/pdf-text';
import { DomainError } from '../../common/domain-error';
import { DEMO_LOGO_PNG_BASE64 } from '../../demo/demo-logo';
import { engineTestJob } from './engine-test-support/engine-test-job';
import { UNREADABLE_LOGO_MESSAGE } from './logo-check';
import { createPdfRenderer } from './pdf-renderer';

const here = path.dirname(fileURLToPath(import.meta.url));
const testWorker = { workerFile: path.join(here, 'engine-test-support', 'engine-test-worker.ts') };
const renderer = createPdfRenderer({ ...testWorker, workers: 2 });
afterAll(() => renderer.close());

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('createPdfRenderer', () => {
  it('renders a split report in workers and numbers it across its parts', async () => {
    const { pdf, pageCount } = await renderer.render(engineTestJob({ sectionCount: 5, perPart: 2 }));
    expect(pageCount).toBe(5);
    expect(pdfPageCount(pdf)).toBe(5);
    const pages = pdfPages(pdf).map(flat);
    pages.forEach((page, index) => {
      expect(page).toContain(`Afsnit ${index + 1} Borger nummer ${index + 1} bor på Åbenråvej ${index + 1}.`);
      expect(page).toContain(`Side ${index + 1} af 5`);
    });
    expect(pages[0]).toContain('Bofællesskabet Ærø');
    expect(pages[0]).toContain('CVR 12345678');
    expect(renderer.stats().workersStarted).toBeLessThanOrEqual(2);
    expect(renderer.stats().peakWorkerHeapBytes).toBeGreaterThan(0);
  });

  it('renders a one-part report with the demo logo in one round trip', async () => {
    const { pdf, pageCount } = await renderer.render(engineTestJob({ sectionCount: 1, perPart: 0 }, { logo: { mimeType: 'image/png', base64: DEMO_LOGO_PNG_BASE64 } }));
    expect(pageCount).toBe(1);
    expect(flat(pdfPages(pdf)[0]!)).toContain('Side 1 af 1');
  });

  it('refuses a logo that is not a readable image with the Danish message, and recovers', async () => {
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('ikke et billede')]).toString('base64');
    const error = await rejection(renderer.render(engineTestJob({}, { logo: { mimeType: 'image/png', base64: broken } })));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CONFLICT');
    expect(error.message).toBe(UNREADABLE_LOGO_MESSAGE);
    const jpeg = await rejection(renderer.render(engineTestJob({}, { logo: { mimeType: 'image/jpeg', base64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64') } })));
    expect(jpeg.message).toBe(UNREADABLE_LOGO_MESSAGE);
    expect((await renderer.render(engineTestJob({ sectionCount: 1 }))).pageCount).toBe(1);
  });

  it('carries a template error back as an Error and keeps serving', async () => {
    const error = await rejection(renderer.render(engineTestJob({ fail: 'throw' })));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Testskabelonen fejlede med vilje');
    expect((await renderer.render(engineTestJob({ sectionCount: 2 }))).pageCount).toBe(2);
  });

  it('replaces a worker that dies and rejects only the job it was doing', async () => {
    const [dead, alive] = await Promise.allSettled([renderer.render(engineTestJob({ fail: 'exit' })), renderer.render(engineTestJob({ sectionCount: 3 }))]);
    expect(dead.status).toBe('rejected');
    expect((dead as PromiseRejectedResult).reason.message).toMatch(/PDF-dannelsen stoppede uventet \(kode 7\)/);
    expect(alive.status === 'fulfilled' && alive.value.pageCount).toBe(3);
    expect((await renderer.render(engineTestJob({ sectionCount: 1 }))).pageCount).toBe(1);
  });

  it('ends an idle worker and starts a fresh one for the next job', async () => {
    const own = createPdfRenderer({ ...testWorker, workers: 1, idleMs: 200 });
    try {
      expect((await own.render(engineTestJob({ sectionCount: 1 }))).pageCount).toBe(1);
      expect(own.stats().liveWorkers).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(own.stats().liveWorkers).toBe(0);
      expect((await own.render(engineTestJob({ sectionCount: 2 }))).pageCount).toBe(2);
      expect(own.stats().workersStarted).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('rejects waiting jobs when closed, and every job after', async () => {
    const own = createPdfRenderer({ ...testWorker, workers: 1 });
    const first = own.render(engineTestJob({ sectionCount: 4, perPart: 1 }));
    const second = own.render(engineTestJob({ sectionCount: 1 }));
    const errors = Promise.all([rejection(first), rejection(second)]);
    await own.close();
    expect((await errors).map((error) => error.message)).toEqual(['PDF-dannelsen blev lukket.', 'PDF-dannelsen blev lukket.']);
    expect((await rejection(own.render(engineTestJob()))).message).toBe('PDF-dannelsen er lukket.');
  });
});

describe('the default worker (render-worker.ts run from source under tsx)', () => {
  it('checks the logo before any template draws', async () => {
    const plain = createPdfRenderer({ workers: 1 });
    try {
      const job = { ...engineTestJob({}, { logo: { mimeType: 'image/png' as const, base64: Buffer.from('not a png').toString('base64') } }), kind: 'status' as const, model: {} };
      const error = await rejection(plain.render(job));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.message).toBe(UNREADABLE_LOGO_MESSAGE);
    } finally {
      await plain.close();
    }
  });
});
