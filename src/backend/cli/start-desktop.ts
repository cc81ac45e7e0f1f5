// `npm start`: opens the Electron desktop app, fetching Electron and building SQLite for it the
// first time; where that cannot work (no internet, as on our build machines), it says so in one
// line and starts the browser host instead. `npm start -- --web` goes straight to the browser host.
import path from 'node:path';
import { buildApp, PROJECT_ROOT } from './build-renderer';
import { ELECTRON_INSTALL_LOG, electronVersion, ensureElectronBinary } from './desktop/electron-binary';
import { electronSqlitePaths, ensureElectronSqlite } from './desktop/electron-sqlite';
import { runElectron } from './desktop/run-electron';
import { withSlowStepNote } from './desktop/slow-step-note';
import { runWeb } from './web-command';

const WEB_PORT = 5180;

async function fallBackToWeb(reason: string, logFile: string | null, built: boolean): Promise<void> {
  const details = logFile ? ` (Detaljer: ${path.relative(PROJECT_ROOT, logFile)})` : '';
  console.log(`${reason} – starter Kerne i browseren i stedet.${details}`);
  await runWeb({ port: WEB_PORT, build: !built });
}

function installedElectronVersion(): string | null {
  try {
    return electronVersion();
  } catch {
    return null;
  }
}

export async function startDesktop(options: { forceWeb: boolean }): Promise<void> {
  if (options.forceWeb) return runWeb({ port: WEB_PORT, build: true });

  const version = installedElectronVersion();
  if (!version) return fallBackToWeb('Electron er ikke installeret (kør npm install)', null, false);
  const electron = await withSlowStepNote(ensureElectronBinary(), `Henter Electron ${version} (kun første gang) …`);
  if (!electron) return fallBackToWeb('Electron kunne ikke hentes (ingen internetforbindelse?)', ELECTRON_INSTALL_LOG, false);

  await buildApp();

  const sqlite = await withSlowStepNote(ensureElectronSqlite(version), `Gør SQLite klar til Electron ${version} (kun første gang, kan tage et par minutter) …`);
  if (!sqlite) return fallBackToWeb('SQLite kunne ikke gøres klar til Electron (ingen internetforbindelse?)', electronSqlitePaths(version).logFile, true);

  process.exitCode = await runElectron(electron, sqlite);
}
