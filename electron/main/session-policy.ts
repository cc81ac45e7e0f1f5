// Session-wide rules for the desktop window: the same Content Security Policy the web host sends
// (src/backend/serve-http.ts), no permission (camera, notifications, ...) is ever granted, and a
// download (a report's "Gem") asks where to save it in the desktop's own save dialog.
import type { DownloadItem, SaveDialogOptions, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/backend/content-security-policy';

/**
 * electron-vite's dev server (only with ELECTRON_RENDERER_URL) injects React's refresh preamble
 * as an inline script; the built renderer gets the policy unchanged.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return dev ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") : CONTENT_SECURITY_POLICY;
}

/** The save dialog a download opens: a PDF report under its own file name. */
export function saveDialogOptions(fileName: string): SaveDialogOptions {
  const pdf = fileName.toLowerCase().endsWith('.pdf');
  return {
    title: pdf ? 'Gem rapport' : 'Gem fil',
    defaultPath: fileName,
    filters: pdf ? [{ name: 'PDF-dokument', extensions: ['pdf'] }] : [],
  };
}

export function applySessionPolicy(session: Session, dev: boolean): void {
  const policy = contentSecurityPolicy(dev);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No save path set: Electron shows the save dialog with these options.
  session.on('will-download', (_event, item: DownloadItem) => item.setSaveDialogOptions(saveDialogOptions(item.getFilename())));
}
