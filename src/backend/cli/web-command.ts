// `kerne web`: builds the renderer and serves Kerne on 127.0.0.1 for a browser.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createBackend } from '../create-backend';
import { resolveDataDir } from '../data-dir';
import { serveHttp } from '../serve-http';
import { buildApp, RENDERER_DIR } from './build-renderer';

export interface WebOptions {
  port: number;
  build: boolean;
}

export async function runWeb(options: WebOptions): Promise<void> {
  if (options.build) await buildApp();
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('Brugerfladen er ikke bygget: kør "npm run build" eller udelad --no-build.');
  const dataDir = resolveDataDir();
  const backend = createBackend({ dataDir });
  if (backend.migration.backupFile) console.log(`Sikkerhedskopi før opdatering af databasen: ${backend.migration.backupFile}`);
  const host = await serveHttp({ backend, staticDir: RENDERER_DIR, port: options.port });
  console.log(`Kerne kører på ${host.url}  (data: ${dataDir})`);
  console.log('Stop med Ctrl+C.');
  const stop = async () => {
    await host.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
