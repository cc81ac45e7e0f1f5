// Kontinuitet: roster.continuity per residence and ISO week for a period (12 weeks back by
// default), as a chart and a table of the figures behind it.
import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { TABLE_LOOK } from '../../components/table-look';
import { compareDanish } from '../../format/danish-sort';
import { todayIso } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { addDays, mondayOf } from '../roster/roster-route';
import { ContinuityChart } from './continuity-chart';
import { PeriodFilter, type PeriodFilterValue } from './period-filter';

export function ContinuityTab() {
  const { t } = useTranslation();
  const thisMonday = mondayOf(todayIso());
  const [filter, setFilter] = useState<PeriodFilterValue>({ residenceId: null, from: addDays(thisMonday, -11 * 7), to: addDays(thisMonday, 6) });
  const continuity = useRpcQuery('roster.continuity', filter);
  const rows = [...(continuity.data ?? [])].filter((row) => row.substituteShifts > 0).sort((a, b) => b.isoYear - a.isoYear || b.isoWeek - a.isoWeek || compareDanish(a.residenceName, b.residenceName));

  return (
    <Stack gap="md">
      <PeriodFilter value={filter} onChange={setFilter} />
      {continuity.isPending ? <CenteredLoader fullPage={false} /> : null}
      {continuity.error ? <LoadError error={continuity.error} onRetry={() => void continuity.refetch()} /> : null}
      {continuity.data ? (
        <>
          <ContinuityChart rows={continuity.data} />
          {rows.length === 0 ? null : (
            <Table {...TABLE_LOOK} aria-label={t('roster.substitutes.continuity.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roster.substitutes.continuity.week')}</Table.Th>
                  <Table.Th>{t('roster.substitutes.continuity.residence')}</Table.Th>
                  <Table.Th ta="right">{t('roster.substitutes.continuity.shifts')}</Table.Th>
                  <Table.Th ta="right">{t('roster.substitutes.continuity.known')}</Table.Th>
                  <Table.Th ta="right">{t('roster.substitutes.continuity.share')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={`${row.residenceId}-${row.isoYear}-${row.isoWeek}`}>
                    <Table.Td>
                      {row.isoWeek} · {row.isoYear}
                    </Table.Td>
                    <Table.Td>{row.residenceName}</Table.Td>
                    <Table.Td ta="right">{row.substituteShifts}</Table.Td>
                    <Table.Td ta="right">{row.knownShifts}</Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={600} c={row.share !== null && row.share < 0.5 ? 'red.7' : undefined}>
                        {row.share === null ? '–' : `${Math.round(row.share * 100)} %`}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      ) : null}
    </Stack>
  );
}
