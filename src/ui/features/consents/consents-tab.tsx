// "Samtykke": the citizen's consents with their state at a glance, what may be shared and with
// whom; register a new one or revoke one. Consents are never edited (a correction is a revocation
// and a new consent), which the tab says.
import { Alert, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../contract/areas/consents';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { consentsNeedingAttention } from './consent-attention';
import { ConsentModal } from './consent-modal';
import { ConsentStateBadge } from './consent-state-badge';
import { RevokeConsentModal } from './revoke-consent-modal';
import { TABLE_LOOK } from '../../components/table-look';

const STATE_ORDER = { udloeber: 0, aktiv: 1, udloebet: 2, tilbagekaldt: 3 } as const;

export function ConsentsTab({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const consents = useRpcQuery('consents.list', { citizenId });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const rows = [...(consents.data ?? [])].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.givenDate.localeCompare(a.givenDate));
  const attention = consentsNeedingAttention(rows);

  if (consents.isError) return <LoadError error={consents.error} onRetry={() => void consents.refetch()} />;

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('consents.title')}
        action={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('consents.create')}
            </Button>
          ) : null
        }
      />
      <Stack gap="sm" mb="md">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="sm">
          <Text size="sm">{t('consents.intro')}</Text>
        </Alert>
        {attention.length ? (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} p="sm" role="status">
            <Text size="sm">{t('consents.attention')}</Text>
          </Alert>
        ) : null}
      </Stack>
      <DataTable<Consent>
        aria-label={t('consents.tableLabel')}
        {...TABLE_LOOK}
        minHeight={rows.length ? undefined : 140}
        fetching={consents.isPending}
        records={rows}
        idAccessor="id"
        noRecordsText={t('consents.empty')}
        rowStyle={(row) => (row.state === 'tilbagekaldt' || row.state === 'udloebet' ? { opacity: 0.75 } : undefined)}
        columns={[
          { accessor: 'state', title: t('consents.columns.state'), width: 130, render: (row) => <ConsentStateBadge state={row.state} /> },
          {
            accessor: 'subjects',
            title: t('consents.columns.subjects'),
            render: (row) => (
              <Group gap={4}>
                {row.subjects.map((subject) => (
                  <Badge key={subject} variant="light" color="gray" size="sm">
                    {t(`consents.subjects.${subject}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
          {
            accessor: 'recipientName',
            title: t('consents.columns.recipient'),
            render: (row) => (
              <div>
                <Text size="sm" fw={500}>
                  {row.recipientName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`consents.recipients.${row.recipientType}`)}
                </Text>
              </div>
            ),
          },
          {
            accessor: 'givenDate',
            title: t('consents.columns.given'),
            noWrap: true,
            render: (row) => (
              <Tooltip label={[t('consents.recordedBy', { name: row.recordedBy }), row.note].filter(Boolean).join(' · ')} multiline maw={320}>
                <div>
                  <Text size="sm">{formatDate(row.givenDate)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('consents.givenBy', { who: t(`consents.givers.${row.givenBy}`).toLocaleLowerCase() })}
                  </Text>
                </div>
              </Tooltip>
            ),
          },
          {
            accessor: 'expiresDate',
            title: t('consents.columns.expires'),
            render: (row) =>
              row.revokedDate ? (
                <div>
                  <Text size="sm" c="red.7">
                    {t('consents.revokedOn', { date: formatDate(row.revokedDate) })}
                  </Text>
                  {row.revokedReason ? (
                    <Text size="xs" c="dimmed" lineClamp={2} maw={260}>
                      {row.revokedReason}
                    </Text>
                  ) : null}
                </div>
              ) : (
                <Text size="sm" c={row.expiresDate ? undefined : 'dimmed'}>
                  {row.expiresDate ? formatDate(row.expiresDate) : t('consents.noExpiry')}
                </Text>
              ),
          },
          {
            accessor: 'actions',
            title: t('common.actions'),
            textAlign: 'right',
            hidden: !canWrite,
            render: (row) =>
              row.state === 'tilbagekaldt' || row.state === 'udloebet' ? null : (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRevoking(row)} aria-label={t('consents.revokeNamed', { name: row.recipientName })}>
                  {t('consents.revoke')}
                </Button>
              ),
          },
        ]}
      />
      <ConsentModal citizenId={citizenId} opened={creating} onClose={() => setCreating(false)} />
      <RevokeConsentModal consent={revoking} onClose={() => setRevoking(null)} />
    </Paper>
  );
}
