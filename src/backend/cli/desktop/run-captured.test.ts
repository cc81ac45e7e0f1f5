// The setup-step runner behind npm start's fallback: success, failure, a hang, a missing command.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured';

const logFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kerne-run-')), 'step.log');
const node = (script: string, timeoutMs = 10_000, file = logFile()) =>
  runCaptured({ command: process.execPath, args: ['-e', script], cwd: os.tmpdir(), timeoutMs, logFile: file });

describe('runCaptured', () => {
  it('reports success and keeps the output out of the terminal, in the log', async () => {
    const file = logFile();
    expect(await node("console.log('hej'); console.error('fejl')", 10_000, file)).toBe(true);
    const log = readFileSync(file, 'utf8');
    expect(log).toContain('hej');
    expect(log).toContain('fejl');
  });

  it('reports a failing step', async () => {
    expect(await node('process.exit(3)')).toBe(false);
  });

  it('stops a step that hangs', async () => {
    const file = logFile();
    const started = Date.now();
    expect(await node('setInterval(() => {}, 1000)', 300, file)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(readFileSync(file, 'utf8')).toContain('stoppet efter');
  });

  it('reports a command that does not exist', async () => {
    expect(await runCaptured({ command: '/no/such/command', args: [], cwd: os.tmpdir(), timeoutMs: 1000, logFile: logFile() })).toBe(false);
  });
});
