// What the desktop preload exposes to the renderer as `window.kerne`: one call and one event
// subscription, nothing else. The web host offers the same over HTTP (see backend/serve-http.ts).
import type { CallRequest, ResultEnvelope } from './errors';

export interface ChangeNotice {
  type: 'changed';
  method: string;
}

export interface KerneBridge {
  call(request: CallRequest): Promise<ResultEnvelope<unknown>>;
  /** Returns a function that ends the subscription. */
  onEvent(listener: (event: ChangeNotice) => void): () => void;
}

/** The single IPC channel the desktop uses for calls, and the one it sends change notices on. */
export const IPC_CALL_CHANNEL = 'kerne:call';
export const IPC_EVENT_CHANNEL = 'kerne:event';
