// An assigned shift, clicked in the grid: who has it, and (with roster.write) make it open again
// or delete it after a confirmation.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../contract/areas/roster';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/form-alert';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';
import { ShiftSummary } from './shift-summary';
import { shiftTitle } from './shift-text';

export function AssignedShiftModal({ shift, onClose }: { shift: Shift | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={shift !== null} onClose={onClose} title={t('roster.assigned.title')} size="md">
      {shift ? <AssignedShiftBody key={shift.id} shift={shift} onClose={onClose} /> : null}
    </Modal>
  );
}

function AssignedShiftBody({ shift, onClose }: { shift: Shift; onClose: () => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const unassign = useRpcMutation('roster.unassign');
  const remove = useRpcMutation('roster.deleteShift');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await action();
      notifySuccess(done);
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack gap="md">
      <ShiftSummary shift={shift} />
      {confirming ? <Text size="sm">{t('roster.assigned.deleteConfirm', { shift: shiftTitle(t, shift) })}</Text> : null}
      <FormAlert message={problem} />
      {canWrite ? (
        <Group justify="flex-end">
          {confirming ? (
            <>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => void run(() => remove.mutateAsync({ shiftId: shift.id, version: shift.version }), t('roster.assigned.deleted'))}>
                {t('roster.assigned.delete')}
              </Button>
            </>
          ) : (
            <>
              <Button variant="default" color="red" onClick={() => setConfirming(true)}>
                {t('roster.assigned.delete')}
              </Button>
              {shift.staffId !== null ? (
                <Button loading={unassign.isPending} onClick={() => void run(() => unassign.mutateAsync({ shiftId: shift.id, version: shift.version }), t('roster.assigned.unassigned'))}>
                  {t('roster.assigned.unassign')}
                </Button>
              ) : null}
            </>
          )}
        </Group>
      ) : null}
    </Stack>
  );
}
