// Lovgrundlag: the legal bases residences can have, including retired ones; editable with settings.write.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '../../../contract/areas/residences';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { useRpcQuery } from '../../rpc/use-rpc';
import { LegalBasisModal } from './legal-basis-modal';
import { TABLE_LOOK } from '../../components/table-look';

export function LegalBasesTab() {
  const { t } = useTranslation();
  const canWrite = useCan('settings.write');
  const bases = useRpcQuery('residences.legalBases', { includeInactive: true });
  const [modal, setModal] = useState<{ basis: LegalBasis | null } | null>(null);

  if (bases.isError) return <LoadError error={bases.error} onRetry={() => void bases.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          {t('settings.legalBases.intro')}
        </Text>
        {canWrite ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ basis: null })}>
            {t('settings.legalBases.create')}
          </Button>
        ) : null}
      </Group>
      <DataTable<LegalBasis>
        aria-label={t('settings.tabs.legalBases')}
        {...TABLE_LOOK}
        minHeight={bases.data?.length ? undefined : 200}
        fetching={bases.isPending}
        records={bases.data ?? []}
        idAccessor="code"
        noRecordsText={t('settings.legalBases.empty')}
        columns={[
          { accessor: 'paragraph', title: t('settings.legalBases.fields.paragraph'), noWrap: true },
          { accessor: 'title', title: t('settings.legalBases.fields.title') },
          { accessor: 'code', title: t('settings.legalBases.fields.code'), render: (row) => <Text size="sm" ff="monospace">{row.code}</Text> },
          {
            accessor: 'active',
            title: t('settings.legalBases.columns.status'),
            render: (row) => (row.active ? <Badge variant="light" color="teal">{t('common.active')}</Badge> : <Badge variant="light" color="gray">{t('legalBases.inactive')}</Badge>),
          },
          {
            accessor: 'actions',
            title: t('common.actions'),
            textAlign: 'right',
            hidden: !canWrite,
            render: (row) => (
              <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setModal({ basis: row })} aria-label={t('settings.legalBases.editNamed', { name: row.paragraph })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <LegalBasisModal opened={modal !== null} basis={modal?.basis ?? null} existingCodes={(bases.data ?? []).map((row) => row.code)} onClose={() => setModal(null)} />
    </Stack>
  );
}
