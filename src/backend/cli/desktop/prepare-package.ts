// `npm run package`, step one: builds the app and stages better-sqlite3 for the Electron version,
// platform and architecture being packaged in out/native, where build/electron-builder.yml takes it
// from (build/before-pack.cjs refuses to package without it).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp, PROJECT_ROOT } from '../build-renderer';
import { electronVersion } from './electron-binary';
import { electronSqlitePaths, ensureElectronSqlite } from './electron-sqlite';
import { withSlowStepNote } from './slow-step-note';

export const NATIVE_STAGING_DIR = path.join(PROJECT_ROOT, 'out', 'native');

async function prepare(): Promise<number> {
  await buildApp();
  const version = electronVersion();
  const binding = await withSlowStepNote(ensureElectronSqlite(version), `Gør SQLite klar til Electron ${version} …`);
  if (!binding) {
    console.error(`SQLite kunne ikke gøres klar til Electron ${version}; der kan ikke pakkes. (Detaljer: ${electronSqlitePaths(version).logFile})`);
    return 1;
  }
  mkdirSync(NATIVE_STAGING_DIR, { recursive: true });
  copyFileSync(binding, path.join(NATIVE_STAGING_DIR, 'better_sqlite3.node'));
  const target = { electronVersion: version, platform: process.platform, arch: process.arch };
  writeFileSync(path.join(NATIVE_STAGING_DIR, 'target.json'), `${JSON.stringify(target, null, 2)}\n`);
  console.log(`Klar til pakning: ${path.relative(PROJECT_ROOT, NATIVE_STAGING_DIR)} (Electron ${version}, ${process.platform}-${process.arch})`);
  return 0;
}

prepare().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
