// react-query's cache for contract calls: no retries for answers the server gave on purpose,
// no refetch on window focus (change events keep screens fresh instead).
import { QueryClient } from '@tanstack/react-query';
import { RpcError } from '../../contract/errors';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof RpcError && error.code !== 'INTERNAL') && failures < 2,
    },
    mutations: { retry: false },
  },
});

/** Refetch what is on screen after a write; a refetch already under way is not restarted. */
export function refreshAfterWrite(): Promise<void> {
  return queryClient.invalidateQueries(undefined, { cancelRefetch: false });
}
