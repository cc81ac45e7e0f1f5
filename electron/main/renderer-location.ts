// Where the window's page comes from (the built renderer as a file URL, or electron-vite's dev
// server), and the one test of "is this URL our page?" that the window's navigation guards and
// the IPC sender check share.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** The URL the window loads. */
  url: string;
  /** True for our page, whatever its hash or query (the renderer routes with them). */
  isOurs(url: string): boolean;
}

export function rendererLocation(devServerUrl = process.env.ELECTRON_RENDERER_URL): RendererLocation {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return { url: devServerUrl, isOurs: (url) => sameOrigin(url, origin) };
  }
  const file = pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html'));
  return { url: file.href, isOurs: (url) => sameFile(url, file) };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function sameOrigin(url: string, origin: string): boolean {
  return parse(url)?.origin === origin;
}

function sameFile(url: string, file: URL): boolean {
  const candidate = parse(url);
  return candidate?.protocol === 'file:' && candidate.host === file.host && candidate.pathname === file.pathname;
}
