// "Pårørende": the citizen's relatives as cards with what each may be told, then the contact log.
import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relative } from '../../../contract/areas/relatives';
import { useCan } from '../../app/current-user';
import { ConfirmModal } from '../../components/confirm-modal';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { useConfirmDelete } from '../../components/use-confirm-delete';
import { sortDanish } from '../../format/danish-sort';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ContactLogSection } from './contact-log-section';
import { RelativeCard } from './relative-card';
import { RelativeModal } from './relative-modal';

export function RelativesTab({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const relatives = useRpcQuery('relatives.list', { citizenId });
  const [editing, setEditing] = useState<Relative | 'new' | null>(null);
  const removing = useConfirmDelete<Relative>('relatives.delete', (row) => t('relatives.removed', { name: row.name }));
  // Next of kin first, then in Danish order.
  const rows = sortDanish(relatives.data ?? [], (row) => row.name).sort((a, b) => Number(b.isClosest) - Number(a.isClosest));

  return (
    <Stack gap="lg">
      <Paper p="lg" radius="md">
        <SectionHeader
          title={t('relatives.title')}
          description={t('relatives.intro')}
          mb="md"
          action={
            canWrite ? (
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing('new')}>
                {t('relatives.create')}
              </Button>
            ) : null
          }
        />
        {relatives.isPending ? <CenteredLoader fullPage={false} /> : null}
        {relatives.isError ? <LoadError error={relatives.error} onRetry={() => void relatives.refetch()} /> : null}
        {relatives.isSuccess && rows.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t('relatives.empty')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {rows.map((relative) => (
            <RelativeCard key={relative.id} relative={relative} canWrite={canWrite} onEdit={() => setEditing(relative)} onRemove={() => removing.ask(relative)} />
          ))}
        </SimpleGrid>
      </Paper>
      <ContactLogSection citizenId={citizenId} relatives={rows} />
      <RelativeModal citizenId={citizenId} relative={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmModal
        {...removing.confirmProps}
        title={t('relatives.removeTitle')}
        confirmLabel={t('relatives.removeConfirm')}
      >
        {t('relatives.removeBody', { name: removing.target?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
