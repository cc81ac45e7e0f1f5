// Change notices from the backend (desktop bridge or the web host's SSE stream): any write, by
// anyone, makes open screens refetch, so two windows never show different truths for long.
import type { ChangeNotice } from '../../contract';

export function subscribeToChanges(token: string, listener: (event: ChangeNotice) => void): () => void {
  if (window.kerne) return window.kerne.onEvent(listener);
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  source.onmessage = (message) => {
    try {
      const event = JSON.parse(String(message.data)) as ChangeNotice;
      if (event.type === 'changed') listener(event);
    } catch {
      // A malformed notice is ignored; the next one will refresh.
    }
  };
  return () => source.close();
}
