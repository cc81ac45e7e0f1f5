// A tiny latency harness for `npm run bench`: warm up, time N sequential runs, report p50/p95/max in
// milliseconds, and judge a figure against its target. Reusable by every benchmark file.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  iterations: number;
  p50: number;
  p95: number;
  max: number;
}

export interface MeasureOptions {
  /** Runs before timing starts (JIT, prepared statements, connection pools). */
  warmup?: number;
  iterations?: number;
}

/** The value at quantile q (0..1) of ascending-sorted samples, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('no samples');
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Times `run` one call at a time (never overlapping), so each sample is one full round trip. */
export async function measure(name: string, run: () => unknown, options: MeasureOptions = {}): Promise<Measurement> {
  const { warmup = 50, iterations = 500 } = options;
  for (let i = 0; i < warmup; i++) await run();
  const samples = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples[i] = performance.now() - start;
  }
  samples.sort((a, b) => a - b);
  return { name, iterations, p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: samples[samples.length - 1]! };
}

export interface Target {
  /** Which figure the target is about. */
  stat: 'p50' | 'p95' | 'max';
  /** Milliseconds the figure must stay below. */
  below: number;
}

export interface Row extends Measurement {
  target: Target;
  pass: boolean;
}

export const judge = (measurement: Measurement, target: Target): Row => ({ ...measurement, target, pass: measurement[target.stat] < target.below });

const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1);

/** A plain-text table: name, iterations, p50, p95, max (ms), target, PASS/MISS. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['benchmark', 'iterations', 'p50 ms', 'p95 ms', 'max ms', 'target', 'result'];
  const lines = rows.map((row) => [row.name, String(row.iterations), ms(row.p50), ms(row.p95), ms(row.max), `${row.target.stat} < ${row.target.below} ms`, row.pass ? 'PASS' : 'MISS']);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}
