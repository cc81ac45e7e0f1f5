// Builds the app (main, preload, renderer) with electron-vite's own API, so `web` and `start`
// always serve what the source says.
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');

export async function buildApp(): Promise<void> {
  // Loaded on demand: the bundler costs every other CLI command (backup, call, methods) about a second.
  const { build } = await import('electron-vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'electron.vite.config.ts'), root: PROJECT_ROOT, logLevel: 'warn' });
}
