// Starts the desktop app: Electron on the project folder (package.json's main is the built main
// process), with the better-sqlite3 binding built for Electron. Resolves Electron's exit code.
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../build-renderer';

export function runElectron(electronBinary: string, sqliteBinding: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, KERNE_SQLITE_BINDING: sqliteBinding };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(electronBinary, [PROJECT_ROOT], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onTerm = forward('SIGTERM');
  const onInt = forward('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  return new Promise((resolve) => {
    const done = (code: number) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      resolve(code);
    };
    child.once('error', (error) => {
      console.error(`Electron kunne ikke startes: ${error.message}`);
      done(1);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}
