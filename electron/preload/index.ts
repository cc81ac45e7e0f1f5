// The sandboxed preload: gives the page `window.kerne` (see src/contract/bridge.ts), one call and
// one event subscription over Kerne's two IPC channels, and nothing else of Electron's.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type ChangeNotice, type KerneBridge } from '../../src/contract/bridge';
import type { CallRequest, ResultEnvelope } from '../../src/contract/errors';

const bridge: KerneBridge = {
  call(request: CallRequest): Promise<ResultEnvelope<unknown>> {
    return ipcRenderer.invoke(IPC_CALL_CHANNEL, { method: request.method, input: request.input, token: request.token ?? null });
  },
  onEvent(listener: (event: ChangeNotice) => void): () => void {
    // The page gets the notice only, never Electron's event object (it carries the sender).
    const forward = (_event: IpcRendererEvent, notice: ChangeNotice) => listener({ type: 'changed', method: String(notice.method) });
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('kerne', bridge);
