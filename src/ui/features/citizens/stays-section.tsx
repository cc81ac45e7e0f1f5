// The stays (ophold) history: residence, room, move-in and move-out, the current one marked;
// register a stay, a move-out, correct or delete a mistaken one.
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Tooltip } from '@mantine/core';
import { IconDoorExit, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citizen, Stay } from '../../../contract/areas/citizens';
import { useCan } from '../../app/current-user';
import { routeHref } from '../../app/hash-route';
import { ConfirmModal } from '../../components/confirm-modal';
import { SectionHeader } from '../../components/section-header';
import { useConfirmDelete } from '../../components/use-confirm-delete';
import { formatDate } from '../../format/dates';
import { StayModal, type StayModalMode } from './stay-modal';
import { TABLE_LOOK } from '../../components/table-look';

export function StaysSection({ citizen }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const [modal, setModal] = useState<{ mode: StayModalMode; stay: Stay | null } | null>(null);
  const deleting = useConfirmDelete<Stay>('citizens.deleteStay', () => t('citizens.stays.deleted'));
  const rows = [...citizen.stays].sort((a, b) => b.moveIn.localeCompare(a.moveIn) || b.id - a.id);
  const dash = t('common.none');

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('citizens.stays.title')}
        description={t('citizens.stays.intro')}
        action={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ mode: 'add', stay: null })}>
              {t('citizens.stays.add')}
            </Button>
          ) : null
        }
      />
      <DataTable<Stay>
        aria-label={t('citizens.stays.title')}
        {...TABLE_LOOK}
        minHeight={rows.length ? undefined : 140}
        records={rows}
        idAccessor="id"
        noRecordsText={t('citizens.stays.empty')}
        columns={[
          {
            accessor: 'residenceName',
            title: t('citizens.stays.columns.residence'),
            render: (row) => (
              <Anchor href={routeHref('botilbud', row.residenceId)} size="sm" c="inherit" fw={500} underline="hover">
                {row.residenceName}
              </Anchor>
            ),
          },
          { accessor: 'room', title: t('citizens.stays.columns.room'), render: (row) => row.room ?? dash },
          { accessor: 'moveIn', title: t('citizens.stays.columns.moveIn'), noWrap: true, render: (row) => formatDate(row.moveIn) },
          { accessor: 'moveOut', title: t('citizens.stays.columns.moveOut'), noWrap: true, render: (row) => formatDate(row.moveOut) || dash },
          {
            accessor: 'current',
            title: t('citizens.stays.columns.status'),
            render: (row) => (row.current ? <Badge color="teal" variant="light">{t('citizens.stays.current')}</Badge> : null),
          },
          {
            accessor: 'actions',
            title: t('common.actions'),
            textAlign: 'right',
            hidden: !canWrite,
            render: (row) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {row.moveOut === null ? (
                  <Button size="compact-sm" variant="light" leftSection={<IconDoorExit size={14} />} onClick={() => setModal({ mode: 'moveOut', stay: row })} aria-label={t('citizens.stays.moveOutNamed', { residence: row.residenceName })}>
                    {t('citizens.stays.moveOut')}
                  </Button>
                ) : null}
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" onClick={() => setModal({ mode: 'edit', stay: row })} aria-label={t('citizens.stays.editNamed', { residence: row.residenceName })}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.delete')}>
                  <ActionIcon variant="subtle" color="red" onClick={() => deleting.ask(row)} aria-label={t('citizens.stays.deleteNamed', { residence: row.residenceName })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ),
          },
        ]}
      />
      <StayModal citizenId={citizen.id} mode={modal?.mode ?? 'add'} stay={modal?.stay ?? null} opened={modal !== null} onClose={() => setModal(null)} />
      <ConfirmModal
        {...deleting.confirmProps}
        title={t('citizens.stays.deleteTitle')}
        confirmLabel={t('citizens.stays.deleteConfirm')}
      >
        {t('citizens.stays.deleteBody', { residence: deleting.target?.residenceName ?? '', from: formatDate(deleting.target?.moveIn) })}
      </ConfirmModal>
    </Paper>
  );
}
