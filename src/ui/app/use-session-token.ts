// React view of the session token; clearing it (logout, expiry) drops every cached answer so the
// next user never sees the previous user's data.
import { useSyncExternalStore } from 'react';
import { queryClient } from '../rpc/query-client';
import { getSessionToken, subscribeSessionToken } from '../rpc/session-token';

subscribeSessionToken(() => {
  if (getSessionToken() === null) {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'system.status' });
    void queryClient.invalidateQueries({ queryKey: ['system.status'] });
  }
});

export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribeSessionToken, getSessionToken);
}
