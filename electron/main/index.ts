// The Electron main process: one running Kerne at a time, the backend opened on the user's data
// folder, one window, and the database closed when Kerne quits.
import { app, BrowserWindow, session } from 'electron';
import { createBackend, type Backend } from '../../src/backend/create-backend';
import { connectIpc } from './ipc';
import { createMainWindow } from './main-window';
import { pdfOptions } from './pdf-options';
import { rendererLocation } from './renderer-location';
import { applySessionPolicy } from './session-policy';
import { sqliteBindingPath } from './sqlite-binding';
import { showStartupFailure } from './startup-failure';

let window: BrowserWindow | null = null;

function openBackend(): Backend | null {
  try {
    return createBackend({ dataDir: process.env.KERNE_DATA_DIR || app.getPath('userData'), nativeBinding: sqliteBindingPath(), pdf: pdfOptions() });
  } catch (error) {
    showStartupFailure(error);
    return null;
  }
}

function showWindow(location: ReturnType<typeof rendererLocation>): void {
  if (window && !window.isDestroyed()) {
    if (window.isMinimized()) window.restore();
    window.focus();
    return;
  }
  window = createMainWindow(location);
  window.on('closed', () => {
    window = null;
  });
}

function start(): void {
  const backend = openBackend();
  if (!backend) return;
  const location = rendererLocation();
  applySessionPolicy(session.defaultSession, Boolean(process.env.ELECTRON_RENDERER_URL));
  const disconnect = connectIpc(backend, location, () => window);

  app.on('second-instance', () => showWindow(location));
  app.on('activate', () => showWindow(location));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    disconnect();
    backend.close();
  });
  showWindow(location);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(start).catch(showStartupFailure);
}
