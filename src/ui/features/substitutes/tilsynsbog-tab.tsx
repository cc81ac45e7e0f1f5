// Tilsynsbog: deviations from the working-time rules approved with a reason (roster.tilsynsbog),
// newest first, for a residence and period.
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate, formatDateTime, todayIso } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { addDays } from '../roster/roster-route';
import { PeriodFilter, type PeriodFilterValue } from './period-filter';

export function TilsynsbogTab() {
  const { t } = useTranslation();
  const today = todayIso();
  const [filter, setFilter] = useState<PeriodFilterValue>({ residenceId: null, from: addDays(today, -90), to: addDays(today, 30) });
  const entries = useRpcQuery('roster.tilsynsbog', filter);
  const rows = [...(entries.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('roster.substitutes.tilsynsbog.intro')}
      </Text>
      <PeriodFilter value={filter} onChange={setFilter} />
      {entries.isPending ? <CenteredLoader fullPage={false} /> : null}
      {entries.error ? <LoadError error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      {entries.data && rows.length === 0 ? <Text c="dimmed">{t('roster.substitutes.tilsynsbog.empty')}</Text> : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={960}>
          <Table {...TABLE_LOOK} aria-label={t('roster.substitutes.tilsynsbog.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roster.substitutes.tilsynsbog.date')}</Table.Th>
                <Table.Th>{t('roster.substitutes.tilsynsbog.residence')}</Table.Th>
                <Table.Th>{t('roster.substitutes.tilsynsbog.staff')}</Table.Th>
                <Table.Th>{t('roster.substitutes.tilsynsbog.message')}</Table.Th>
                <Table.Th>{t('roster.substitutes.tilsynsbog.reason')}</Table.Th>
                <Table.Th>{t('roster.substitutes.tilsynsbog.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((entry) => (
                <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(entry.date)}</Table.Td>
                  <Table.Td>{entry.residenceName}</Table.Td>
                  <Table.Td>{entry.staffName}</Table.Td>
                  <Table.Td>
                    <Group gap={4} mb={4}>
                      {entry.rules.map((rule) => (
                        <Badge key={rule} size="sm" color="orange" variant="light">
                          {t(`roster.rules.${rule}`)}
                        </Badge>
                      ))}
                    </Group>
                    <Text size="sm">{entry.message}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.reason}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.by}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(entry.at)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
