// Runs a setup step (Electron's installer, prebuild-install, node-gyp) quietly: its output goes to
// a log file rather than the terminal, and a step that hangs (no network) is stopped after a while.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface CapturedRun {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Output (stdout and stderr) is appended here. */
  logFile: string;
}

/** Resolves true when the command exited with 0 within the time limit. */
export function runCaptured(run: CapturedRun): Promise<boolean> {
  mkdirSync(path.dirname(run.logFile), { recursive: true });
  const log = createWriteStream(run.logFile, { flags: 'a' });
  log.on('error', () => {}); // a log that cannot be written must not stop Kerne from starting
  log.write(`\n$ ${[run.command, ...run.args].join(' ')}  (i ${run.cwd})\n`);
  // Its own process group on POSIX, so a timeout also stops the compilers node-gyp starts.
  const ownGroup = process.platform !== 'win32';
  return new Promise((resolve) => {
    const child = spawn(run.command, run.args, { cwd: run.cwd, env: run.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroup });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let done = false;
    const finish = (ok: boolean, note?: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdout.unpipe(log);
      child.stderr.unpipe(log);
      if (note) log.write(`\n[kerne] ${note}\n`);
      log.end(() => resolve(ok));
    };
    const timer = setTimeout(() => {
      try {
        if (ownGroup && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
      finish(false, `stoppet efter ${Math.round(run.timeoutMs / 1000)} s`);
    }, run.timeoutMs);
    child.once('error', (error) => finish(false, error.message));
    child.once('close', (code) => finish(code === 0, `afsluttet med kode ${code}`));
  });
}
