// The desktop's one IPC door: only our page in our window gets through to dispatch, and change
// notices reach the window. Electron's ipcMain is replaced by a recorder; the backend is real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../src/contract/bridge';
import { createBackend, type Backend } from '../../src/backend/create-backend';
import { connectIpc } from './ipc';
import { rendererLocation } from './renderer-location';

const handlers = vi.hoisted(() => new Map<string, (event: unknown, request: unknown) => unknown>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const location = rendererLocation('');
const send = vi.fn();
const window = { isDestroyed: () => false, webContents: { send } };
const ourFrame = { url: `${location.url}#/start`, parent: null };
const call = (request: unknown, event: Record<string, unknown> = {}) =>
  handlers.get(IPC_CALL_CHANNEL)!({ sender: window.webContents, senderFrame: ourFrame, ...event }, request) as Promise<{ ok: boolean; error?: { code: string } }>;

let backend: Backend;
let disconnect: () => void;

beforeEach(() => {
  backend = createBackend({ passwordCost: { N: 2 ** 10, r: 8, p: 1 } });
  disconnect = connectIpc(backend, location, () => window as never);
});

afterEach(() => {
  disconnect();
  backend.close();
  send.mockReset();
});

describe('connectIpc', () => {
  it('passes a call from our page to dispatch', async () => {
    expect(await call({ method: 'system.status', input: {} })).toMatchObject({ ok: true, result: { setupNeeded: true } });
  });

  it.each([
    ['another webContents', { sender: { send } }],
    ['a subframe', { senderFrame: { url: location.url, parent: {} } }],
    ['another page', { senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses a call from %s', async (_name, event) => {
    expect(await call({ method: 'system.status', input: {} }, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets dispatch answer a malformed request', async () => {
    expect(await call(null)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('sends change notices to the window', async () => {
    const setup = await call({ method: 'system.setup', input: { username: 'admin', displayName: 'Admin', password: 'Kerne-Test-2026!' } });
    expect(setup).toMatchObject({ ok: true });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, { type: 'changed', method: 'system.setup' });
  });

  it('removes the channel when disconnected', () => {
    disconnect();
    expect(handlers.has(IPC_CALL_CHANNEL)).toBe(false);
  });
});
