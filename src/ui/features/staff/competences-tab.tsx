// Kompetencer: the provider's list of competences (active and deactivated), created, renamed and
// deactivated by users with staff.write.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competence } from '../../../contract/areas/staff';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { TABLE_LOOK } from '../../components/table-look';
import { useRpcQuery } from '../../rpc/use-rpc';
import { CompetenceModal } from './competence-modal';

export function CompetencesTab() {
  const { t } = useTranslation();
  const canWrite = useCan('staff.write');
  const list = useRpcQuery('competences.list', { includeInactive: true });
  const [editing, setEditing] = useState<Competence | 'new' | null>(null);

  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {t('rosterSetup.competences.intro')}
        </Text>
        {canWrite ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('rosterSetup.competences.create')}
          </Button>
        ) : null}
      </Group>
      <DataTable<Competence>
        aria-label={t('rosterSetup.staffTabs.competences')}
        {...TABLE_LOOK}
        minHeight={list.data?.length ? undefined : 200}
        fetching={list.isPending}
        records={list.data ?? []}
        idAccessor="id"
        noRecordsText={t('rosterSetup.competences.empty')}
        rowStyle={(row) => (row.active ? undefined : { opacity: 0.65 })}
        columns={[
          { accessor: 'name', title: t('rosterSetup.competences.columns.name') },
          {
            accessor: 'active',
            title: t('rosterSetup.competences.columns.status'),
            render: (row) => (row.active ? <Badge variant="light" color="teal">{t('common.active')}</Badge> : <Badge variant="light" color="gray">{t('rosterSetup.competences.inactive')}</Badge>),
          },
          {
            accessor: 'actions',
            title: t('common.actions'),
            textAlign: 'right',
            hidden: !canWrite,
            render: (row) => (
              <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing(row)} aria-label={t('rosterSetup.competences.editNamed', { name: row.name })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {canWrite ? <CompetenceModal competence={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
