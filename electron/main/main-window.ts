// Kerne's one window: a sandboxed, context-isolated renderer that can reach the main process only
// through the preload's window.kerne, cannot open windows and cannot navigate away from our page.
import path from 'node:path';
import { BrowserWindow, type Event } from 'electron';
import type { RendererLocation } from './renderer-location';

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Kerne',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });

  guardNavigation(window, location);
  // The page's own <title> may change; the window keeps the product's name.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(location.url);
  return window;
}

function guardNavigation(window: BrowserWindow, location: RendererLocation): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: Event, url: string) => {
    if (!location.isOurs(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
