// Where `npm start` keeps what it fetches or builds for Electron (never inside a package's own
// folder, so the Node build of better-sqlite3 that the tests use is never touched).
import path from 'node:path';
import { PROJECT_ROOT } from '../build-renderer';

export const DESKTOP_CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'kerne-desktop');

/** One folder per Electron version, platform and architecture: a binary is only good for all three. */
export function electronTargetDir(electronVersion: string): string {
  return path.join(DESKTOP_CACHE, `electron-${electronVersion}-${process.platform}-${process.arch}`);
}
