// A residence's waiting list: who waits, since when and for how long, and how far it got; change
// the status from a menu, or put another citizen on the list.
import { Anchor, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingListEntry } from '../../../contract/areas/waiting-list';
import { useCan } from '../../app/current-user';
import { routeHref } from '../../app/hash-route';
import { LoadError } from '../../components/load-state';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { AddToWaitingListModal } from './add-to-waiting-list-modal';
import { WaitingStatusBadge, WaitingStatusMenu } from './waiting-status';
import { TABLE_LOOK } from '../../components/table-look';

export function WaitingListSection({ residenceId }: { residenceId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [adding, setAdding] = useState(false);
  const list = useRpcQuery('waitingList.list', { residenceId, includeClosed });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t('waitingList.intro')}
        </Text>
        {canWrite ? (
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t('waitingList.add')}
          </Button>
        ) : null}
      </Group>
      <Switch label={t('waitingList.showClosed')} checked={includeClosed} onChange={(event) => setIncludeClosed(event.currentTarget.checked)} size="sm" />
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable<WaitingListEntry>
          aria-label={t('waitingList.tableLabel')}
          {...TABLE_LOOK}
          verticalSpacing="xs"
          minHeight={list.data?.length ? undefined : 120}
          fetching={list.isPending}
          records={list.data ?? []}
          idAccessor="id"
          noRecordsText={t('waitingList.empty')}
          columns={[
            {
              accessor: 'citizenName',
              title: t('waitingList.columns.citizen'),
              render: (row) => (
                <div>
                  <Anchor href={routeHref('borgere', row.citizenId)} size="sm" fw={500} c="inherit" underline="hover">
                    {row.citizenName}
                  </Anchor>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.cprMasked}
                  </Text>
                </div>
              ),
            },
            { accessor: 'requestedDate', title: t('waitingList.columns.requestedDate'), noWrap: true, render: (row) => formatDate(row.requestedDate) },
            { accessor: 'daysWaiting', title: t('waitingList.columns.daysWaiting'), noWrap: true, textAlign: 'right', render: (row) => t('waitingList.days', { count: row.daysWaiting }) },
            { accessor: 'status', title: t('waitingList.columns.status'), render: (row) => <WaitingStatusBadge status={row.status} /> },
            {
              accessor: 'actions',
              title: t('common.actions'),
              textAlign: 'right',
              hidden: !canWrite,
              render: (row) => <WaitingStatusMenu entry={row} />,
            },
          ]}
        />
      )}
      <AddToWaitingListModal residenceId={residenceId} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
