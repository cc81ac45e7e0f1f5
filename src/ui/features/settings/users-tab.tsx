// Brugere: every account with role, residences and status; create, edit, unlock, new password.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconKey, IconLockOpen, IconPencil, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESIDENCE_SCOPED_ROLES } from '../../../contract';
import type { UserRow } from '../../../contract/areas/users';
import { ConfirmModal } from '../../components/confirm-modal';
import { LoadError } from '../../components/load-state';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/dates';
import { sortDanish } from '../../format/danish-sort';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';
import { TABLE_LOOK } from '../../components/table-look';

export function UsersTab() {
  const { t } = useTranslation();
  const users = useRpcQuery('users.list', {});
  const residences = useRpcQuery('residences.list', { includeArchived: true });
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [unlocking, setUnlocking] = useState<UserRow | null>(null);
  const unlock = useRpcMutation('users.unlock', {
    onSuccess: (row) => {
      notifySuccess(t('settings.users.unlocked', { name: row.displayName }));
      setUnlocking(null);
    },
    onError: (error) => notifyError(error),
  });

  const residenceName = useMemo(() => new Map((residences.data ?? []).map((row) => [row.id, row.name])), [residences.data]);
  const rows = useMemo(() => sortDanish(users.data ?? [], (row) => row.displayName), [users.data]);

  if (users.isError) return <LoadError error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('settings.users.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('settings.users.create')}
        </Button>
      </Group>
      <DataTable<UserRow>
        aria-label={t('settings.tabs.users')}
        {...TABLE_LOOK}
        minHeight={rows.length ? undefined : 200}
        fetching={users.isPending}
        records={rows}
        idAccessor="id"
        noRecordsText={t('settings.users.empty')}
        columns={[
          {
            accessor: 'displayName',
            title: t('settings.users.columns.name'),
            render: (row) => (
              <div>
                <Text size="sm" fw={500}>
                  {row.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.username}
                </Text>
              </div>
            ),
          },
          { accessor: 'role', title: t('settings.users.columns.role'), render: (row) => t(`roles.${row.role}`) },
          {
            accessor: 'residenceIds',
            title: t('settings.users.columns.residences'),
            render: (row) =>
              RESIDENCE_SCOPED_ROLES.includes(row.role) ? (
                sortDanish(row.residenceIds.map((id) => residenceName.get(id) ?? `#${id}`), (name) => name).join(', ') || <Text span size="sm" c="dimmed">{t('settings.users.noResidences')}</Text>
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('settings.users.allResidences')}
                </Text>
              ),
          },
          {
            accessor: 'status',
            title: t('settings.users.columns.status'),
            render: (row) => (
              <Group gap={6}>
                {row.active ? <Badge variant="light" color="teal">{t('settings.users.status.active')}</Badge> : <Badge variant="light" color="gray">{t('settings.users.status.inactive')}</Badge>}
                {row.lockedAt ? <Badge variant="light" color="red">{t('settings.users.status.locked')}</Badge> : null}
              </Group>
            ),
          },
          { accessor: 'lastLoginAt', title: t('settings.users.columns.lastLogin'), noWrap: true, render: (row) => formatDateTime(row.lastLoginAt) || t('common.none') },
          {
            accessor: 'actions',
            title: t('common.actions'),
            textAlign: 'right',
            render: (row) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {row.lockedAt ? (
                  <Button size="compact-sm" variant="light" color="red" leftSection={<IconLockOpen size={14} />} onClick={() => setUnlocking(row)} aria-label={t('settings.users.unlockNamed', { name: row.displayName })}>
                    {t('settings.users.unlock')}
                  </Button>
                ) : null}
                <Button size="compact-sm" variant="subtle" leftSection={<IconKey size={14} />} onClick={() => setResetting(row)} aria-label={t('settings.users.resetNamed', { name: row.displayName })}>
                  {t('settings.users.reset')}
                </Button>
                <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing(row)} aria-label={t('settings.users.editNamed', { name: row.displayName })}>
                  {t('common.edit')}
                </Button>
              </Group>
            ),
          },
        ]}
      />
      <UserFormModal opened={creating || editing !== null} user={editing} onClose={() => (setCreating(false), setEditing(null))} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmModal
        opened={unlocking !== null}
        onClose={() => setUnlocking(null)}
        title={t('settings.users.unlockTitle')}
        confirmLabel={t('settings.users.unlock')}
        loading={unlock.isPending}
        onConfirm={() => unlocking && unlock.mutate({ id: unlocking.id })}
      >
        {t('settings.users.unlockBody', { name: unlocking?.displayName ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
