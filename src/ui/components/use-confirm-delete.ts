// Deleting a row after a yes/no: which row is being asked about, the delete call, and the props
// that make ConfirmModal the red question for that row. One way for every "delete?" on a table.
import { useState } from 'react';
import type { InputOf, MethodName } from '../../contract';
import { useRpcMutation } from '../rpc/use-rpc';
import { notifyError, notifySuccess } from './notify';

/** The contract methods that delete one row by its id. */
type DeleteByIdMethod = { [M in MethodName]: InputOf<M> extends { id: number } ? ({ id: number } extends InputOf<M> ? M : never) : never }[MethodName];

export function useConfirmDelete<Row extends { id: number }>(method: DeleteByIdMethod, deletedMessage: (row: Row) => string) {
  const [target, setTarget] = useState<Row | null>(null);
  const remove = useRpcMutation(method, {
    onSuccess: () => {
      if (target) notifySuccess(deletedMessage(target));
      setTarget(null);
    },
    onError: (error) => {
      setTarget(null);
      notifyError(error);
    },
  });
  return {
    /** The row the question is about, or null while no one is asked. */
    target,
    ask: setTarget,
    confirmProps: {
      opened: target !== null,
      onClose: () => setTarget(null),
      color: 'red',
      loading: remove.isPending,
      onConfirm: () => target && remove.mutate({ id: target.id }),
    },
  };
}
