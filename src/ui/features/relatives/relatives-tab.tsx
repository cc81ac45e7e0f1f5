// "Pårørende": the citizen's relatives as cards with what each may be told, then the contact log.
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relative } from '../../../contract/areas/relatives';
import { useCan } from '../../app/current-user';
import { ConfirmModal } from '../../components/confirm-modal';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifyError, notifySuccess } from '../../components/notify';
import { sortDanish } from '../../format/danish-sort';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { ContactLogSection } from './contact-log-section';
import { RelativeCard } from './relative-card';
import { RelativeModal } from './relative-modal';

export function RelativesTab({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const relatives = useRpcQuery('relatives.list', { citizenId });
  const [editing, setEditing] = useState<Relative | 'new' | null>(null);
  const [removing, setRemoving] = useState<Relative | null>(null);
  const remove = useRpcMutation('relatives.delete', {
    onSuccess: () => {
      notifySuccess(t('relatives.removed', { name: removing?.name ?? '' }));
      setRemoving(null);
    },
    onError: (error) => {
      setRemoving(null);
      notifyError(error);
    },
  });
  // Next of kin first, then in Danish order.
  const rows = sortDanish(relatives.data ?? [], (row) => row.name).sort((a, b) => Number(b.isClosest) - Number(a.isClosest));

  return (
    <Stack gap="lg">
      <Paper p="lg" radius="md">
        <Group justify="space-between" align="flex-start" mb="md">
          <div>
            <Title order={2} size="h4">
              {t('relatives.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              {t('relatives.intro')}
            </Text>
          </div>
          {canWrite ? (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing('new')}>
              {t('relatives.create')}
            </Button>
          ) : null}
        </Group>
        {relatives.isPending ? <CenteredLoader fullPage={false} /> : null}
        {relatives.isError ? <LoadError error={relatives.error} onRetry={() => void relatives.refetch()} /> : null}
        {relatives.isSuccess && rows.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t('relatives.empty')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {rows.map((relative) => (
            <RelativeCard key={relative.id} relative={relative} canWrite={canWrite} onEdit={() => setEditing(relative)} onRemove={() => setRemoving(relative)} />
          ))}
        </SimpleGrid>
      </Paper>
      <ContactLogSection citizenId={citizenId} relatives={rows} />
      <RelativeModal citizenId={citizenId} relative={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('relatives.removeTitle')}
        confirmLabel={t('relatives.removeConfirm')}
        color="red"
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate({ id: removing.id })}
      >
        {t('relatives.removeBody', { name: removing?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
