// Archive or restore one residence, after a confirmation that says what it means.
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Residence } from '../../../contract/areas/residences';
import { ConfirmModal } from '../../components/confirm-modal';
import { notifyError, notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

export function ResidenceArchiveButton({ residence, onDone }: { residence: Residence; onDone?: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const archived = residence.archivedAt !== null;
  const mutation = useRpcMutation(archived ? 'residences.restore' : 'residences.archive', {
    onSuccess: () => {
      notifySuccess(t(archived ? 'residences.restore.done' : 'residences.archive.done', { name: residence.name }));
      close();
      onDone?.();
    },
    onError: (error) => {
      close();
      notifyError(error);
    },
  });
  const texts = archived ? 'restore' : 'archive';

  return (
    <>
      <Button
        variant={archived ? 'light' : 'subtle'}
        color={archived ? undefined : 'red'}
        leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
        onClick={open}
      >
        {t(`residences.${texts}.button`)}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={close}
        title={t(`residences.${texts}.title`)}
        confirmLabel={t(`residences.${texts}.confirm`)}
        color={archived ? undefined : 'red'}
        loading={mutation.isPending}
        onConfirm={() => mutation.mutate({ id: residence.id })}
      >
        {t(`residences.${texts}.body`, { name: residence.name })}
      </ConfirmModal>
    </>
  );
}
