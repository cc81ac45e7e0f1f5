// The preload exposes exactly window.kerne = { call, onEvent } over Kerne's two channels, and the
// page never sees Electron's event object. Electron's preload modules are replaced by recorders.
import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type KerneBridge } from '../../src/contract/bridge';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, result: 'svar' })),
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

await import('./index');
const bridge = electron.exposed.get('kerne') as KerneBridge;

describe('preload', () => {
  it('exposes window.kerne with call and onEvent, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['kerne']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent']);
  });

  it('sends only method, input and token on the call channel', async () => {
    const request = { method: 'residences.list', input: { q: 'a' }, token: 't', extra: 'drop me' };
    expect(await bridge.call(request)).toEqual({ ok: true, result: 'svar' });
    expect(electron.invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, { method: 'residences.list', input: { q: 'a' }, token: 't' });
  });

  it('hands the page the notice only, until unsubscribed', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.onEvent((notice) => received.push(notice));
    const emit = () => electron.listeners.get(IPC_EVENT_CHANNEL)!.forEach((listener) => listener({ sender: 'secret' }, { type: 'changed', method: 'residents.create' }));
    emit();
    unsubscribe();
    emit();
    expect(received).toEqual([{ type: 'changed', method: 'residents.create' }]);
  });
});
