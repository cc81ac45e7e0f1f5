// The one data-fetching helper: react-query over contract methods, keyed by method and input.
import { useMutation, useQuery, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../contract';
import type { RpcError } from '../../contract/errors';
import { callAny } from './client';
import { refreshAfterWrite } from './query-client';

export function rpcQueryKey<M extends MethodName>(method: M, input?: InputOf<M>): readonly unknown[] {
  return [method, input ?? {}];
}

type QueryOptions<M extends MethodName> = Omit<UseQueryOptions<OutputOf<M>, RpcError>, 'queryKey' | 'queryFn'>;

export function useRpcQuery<M extends MethodName>(method: M, input: InputOf<M>, options?: QueryOptions<M>) {
  return useQuery<OutputOf<M>, RpcError>({
    queryKey: rpcQueryKey(method, input),
    queryFn: () => callAny(method, input) as Promise<OutputOf<M>>,
    ...options,
  });
}

type MutationOptions<M extends MethodName> = Omit<UseMutationOptions<OutputOf<M>, RpcError, InputOf<M>>, 'mutationFn'>;

/** A write; on success every query on screen is refreshed (writes often touch more than one area). */
export function useRpcMutation<M extends MethodName>(method: M, options?: MutationOptions<M>) {
  return useMutation<OutputOf<M>, RpcError, InputOf<M>>({
    ...options,
    mutationFn: (input) => callAny(method, input) as Promise<OutputOf<M>>,
    onSuccess: (...args) => {
      void refreshAfterWrite();
      return options?.onSuccess?.(...args);
    },
  });
}
