// Finds Electron's binary, and fetches it with Electron's own installer when `npm install` did not
// (package.json blocks Electron's install script, so the first `npm start` does it).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../build-renderer';
import { DESKTOP_CACHE } from './desktop-cache';
import { runCaptured } from './run-captured';

const INSTALL_TIMEOUT_MS = 120_000;
export const ELECTRON_INSTALL_LOG = path.join(DESKTOP_CACHE, 'electron-install.log');

const require = createRequire(path.join(PROJECT_ROOT, 'package.json'));

function electronPackageDir(): string {
  return path.dirname(require.resolve('electron/package.json'));
}

export function electronVersion(): string {
  return (JSON.parse(readFileSync(path.join(electronPackageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The same path `require('electron')` gives, or null where the binary is not (yet) there. */
export function findElectronBinary(): string | null {
  const dir = electronPackageDir();
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

export async function ensureElectronBinary(): Promise<string | null> {
  const found = findElectronBinary();
  if (found) return found;
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // npm start's purpose here is exactly that download
  await runCaptured({
    command: process.execPath,
    args: [path.join(electronPackageDir(), 'install.js')],
    cwd: electronPackageDir(),
    env,
    timeoutMs: INSTALL_TIMEOUT_MS,
    logFile: ELECTRON_INSTALL_LOG,
  });
  return findElectronBinary();
}
