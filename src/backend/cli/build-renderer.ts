// Builds the app (main, preload, renderer) with electron-vite's own API, so `web` and `start`
// always serve what the source says.
import path from 'node:path';
import { build } from 'electron-vite';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');

export async function buildApp(): Promise<void> {
  await build({ configFile: path.join(PROJECT_ROOT, 'electron.vite.config.ts'), root: PROJECT_ROOT, logLevel: 'warn' });
}
