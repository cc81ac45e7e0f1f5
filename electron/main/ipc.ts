// The desktop's transport: one IPC channel into dispatch (the same door the web host uses), open
// only to our own page in our own window, and change notices sent back to that window.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../src/contract/bridge';
import type { CallRequest, ResultEnvelope } from '../../src/contract/errors';
import type { Backend } from '../../src/backend/create-backend';
import type { RendererLocation } from './renderer-location';

const REFUSED: ResultEnvelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Forespørgslen kom ikke fra Kernes eget vindue.' } };

/** Returns a function that removes the channel and the event forwarding again. */
export function connectIpc(backend: Backend, location: RendererLocation, getWindow: () => BrowserWindow | null): () => void {
  const fromOurPage = (event: IpcMainInvokeEvent): boolean => {
    const window = getWindow();
    const frame = event.senderFrame;
    return (
      window !== null &&
      !window.isDestroyed() &&
      event.sender === window.webContents &&
      frame !== null &&
      frame.parent === null &&
      location.isOurs(frame.url)
    );
  };

  ipcMain.handle(IPC_CALL_CHANNEL, (event, request: unknown) => {
    if (!fromOurPage(event)) return REFUSED;
    return backend.dispatch(asCallRequest(request));
  });

  const unsubscribe = backend.subscribe((notice) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, notice);
  });

  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    unsubscribe();
  };
}

/** Only the three known fields cross into dispatch, which validates the rest. */
function asCallRequest(request: unknown): CallRequest {
  const value = (typeof request === 'object' && request !== null ? request : {}) as Record<string, unknown>;
  return {
    method: typeof value.method === 'string' ? value.method : '',
    input: value.input,
    token: typeof value.token === 'string' ? value.token : null,
  };
}
