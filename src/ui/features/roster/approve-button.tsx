// "Godkend periode": roster.approve for the shown weeks after a confirmation; the grid then shows
// the period locked.
import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatDate } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';

interface ApproveButtonProps {
  residenceId: number;
  residenceName: string;
  from: string;
  to: string;
  /** True when the whole period is already approved. */
  approved: boolean;
}

export function ApproveButton({ residenceId, residenceName, from, to, approved }: ApproveButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const approve = useRpcMutation('roster.approve');
  const confirm = async () => {
    try {
      await approve.mutateAsync({ residenceId, from, to });
      notifySuccess(t('roster.approve.done', { from: formatDate(from), to: formatDate(to) }));
      setOpened(false);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <>
      <Button variant="light" leftSection={<IconLock size={16} />} disabled={approved} onClick={() => setOpened(true)}>
        {t('roster.approve.button')}
      </Button>
      <ConfirmModal opened={opened} title={t('roster.approve.title')} confirmLabel={t('roster.approve.submit')} loading={approve.isPending} onConfirm={() => void confirm()} onClose={() => setOpened(false)}>
        {t('roster.approve.confirm', { residence: residenceName, from: formatDate(from), to: formatDate(to) })}
      </ConfirmModal>
    </>
  );
}
