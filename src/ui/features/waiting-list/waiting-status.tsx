// A waiting-list place's status as a badge, and the menu that changes it (waitingList.setStatus).
import { Badge, Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WAITING_STATUSES, type WaitingListEntry, type WaitingStatus } from '../../../contract/areas/waiting-list';
import { notifyError, notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';

const COLORS: Record<WaitingStatus, string> = { venter: 'blue', tilbudt: 'orange', accepteret: 'teal', afvist: 'gray', trukket: 'gray', indflyttet: 'teal' };

export function WaitingStatusBadge({ status }: { status: WaitingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'indflyttet' ? 'outline' : 'light'}>
      {t(`waitingList.statuses.${status}`)}
    </Badge>
  );
}

export function WaitingStatusMenu({ entry }: { entry: WaitingListEntry }) {
  const { t } = useTranslation();
  const setStatus = useRpcMutation('waitingList.setStatus', {
    onSuccess: (saved) => notifySuccess(t('waitingList.statusChanged', { name: saved.citizenName, status: t(`waitingList.statuses.${saved.status}`) })),
    onError: (error) => notifyError(error),
  });
  return (
    <Menu position="bottom-end" width={200}>
      <Menu.Target>
        <Button size="compact-sm" variant="subtle" rightSection={<IconChevronDown size={14} />} loading={setStatus.isPending} aria-label={t('waitingList.changeStatusNamed', { name: entry.citizenName })}>
          {t('waitingList.changeStatus')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {WAITING_STATUSES.map((status) => (
          <Menu.Item
            key={status}
            disabled={status === entry.status}
            rightSection={status === entry.status ? <IconCheck size={14} /> : null}
            onClick={() => setStatus.mutate({ id: entry.id, status, statusDate: todayIso(), note: entry.note })}
          >
            {t(`waitingList.statuses.${status}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
