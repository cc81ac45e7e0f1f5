// Vagttyper: a residence's shift types (inactive ones dimmed) with time and length; create and edit
// with roster.write.
import { Badge, Button, Paper, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../../contract/areas/roster-setup';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { TABLE_LOOK } from '../../components/table-look';
import { useRpcQuery } from '../../rpc/use-rpc';
import { formatHours } from '../staff/format-hours';
import { ShiftTypeModal } from './shift-type-modal';

export function ShiftTypesSection({ residenceId }: { residenceId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const list = useRpcQuery('shiftTypes.list', { residenceId, includeInactive: true });
  const [editing, setEditing] = useState<ShiftType | 'new' | null>(null);

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('rosterSetup.shiftTypes.title')}
        description={t('rosterSetup.shiftTypes.description')}
        action={
          canWrite ? (
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('rosterSetup.shiftTypes.create')}
            </Button>
          ) : null
        }
      />
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable<ShiftType>
          aria-label={t('rosterSetup.shiftTypes.title')}
          {...TABLE_LOOK}
          minHeight={list.data?.length ? undefined : 160}
          fetching={list.isPending}
          records={list.data ?? []}
          idAccessor="id"
          noRecordsText={t('rosterSetup.shiftTypes.empty')}
          rowStyle={(row) => (row.active ? undefined : { opacity: 0.6 })}
          columns={[
            { accessor: 'name', title: t('rosterSetup.shiftTypes.columns.name'), render: (row) => <Text size="sm" fw={500}>{row.name}</Text> },
            {
              accessor: 'kind',
              title: t('rosterSetup.shiftTypes.columns.kind'),
              render: (row) => (row.kind === 'nat' && row.nightMode ? t(`rosterSetup.nightModes.${row.nightMode}`) : t(`rosterSetup.shiftKinds.${row.kind}`)),
            },
            {
              accessor: 'start',
              title: t('rosterSetup.shiftTypes.columns.time'),
              noWrap: true,
              render: (row) => (
                <>
                  {row.start}–{row.end}
                  {row.end <= row.start ? (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {t('rosterSetup.shiftTypes.nextDay')}
                    </Text>
                  ) : null}
                </>
              ),
            },
            { accessor: 'minutes', title: t('rosterSetup.shiftTypes.columns.length'), textAlign: 'right', render: (row) => formatHours(row.minutes, t) },
            {
              accessor: 'active',
              title: t('rosterSetup.shiftTypes.columns.status'),
              render: (row) => (row.active ? <Badge variant="light" color="teal">{t('common.active')}</Badge> : <Badge variant="light" color="gray">{t('rosterSetup.shiftTypes.inactive')}</Badge>),
            },
            {
              accessor: 'actions',
              title: t('common.actions'),
              textAlign: 'right',
              hidden: !canWrite,
              render: (row) => (
                <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing(row)} aria-label={t('rosterSetup.shiftTypes.editNamed', { name: row.name })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {canWrite ? <ShiftTypeModal residenceId={residenceId} shiftType={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} /> : null}
    </Paper>
  );
}
