// Ledige vagter across residences (roster.openShifts) for a period, filtered by residence; a row
// opens the same suggestions drawer as the Vagtplan.
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../contract/areas/roster';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate, todayIso } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { OpenShiftDrawer } from '../roster/open-shift-drawer';
import { addDays } from '../roster/roster-route';
import { isoWeekday, shiftTime, weekdayShort } from '../roster/shift-text';
import { PeriodFilter, type PeriodFilterValue } from './period-filter';

export function OpenShiftsTab() {
  const { t } = useTranslation();
  const today = todayIso();
  const [filter, setFilter] = useState<PeriodFilterValue>({ residenceId: null, from: today, to: addDays(today, 27) });
  const shifts = useRpcQuery('roster.openShifts', filter);
  const [selected, setSelected] = useState<Shift | null>(null);

  return (
    <Stack gap="md">
      <PeriodFilter value={filter} onChange={setFilter} />
      {shifts.isPending ? <CenteredLoader fullPage={false} /> : null}
      {shifts.error ? <LoadError error={shifts.error} onRetry={() => void shifts.refetch()} /> : null}
      {shifts.data ? (
        <>
          <Text size="sm" c="dimmed">
            {t('roster.substitutes.open.count', { count: shifts.data.length })}
          </Text>
          {shifts.data.length === 0 ? (
            <Text c="dimmed">{t('roster.substitutes.open.empty')}</Text>
          ) : (
            <Table {...TABLE_LOOK} highlightOnHover aria-label={t('roster.substitutes.open.label')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roster.substitutes.open.date')}</Table.Th>
                  <Table.Th>{t('roster.substitutes.open.time')}</Table.Th>
                  <Table.Th>{t('roster.residence')}</Table.Th>
                  <Table.Th>{t('roster.substitutes.open.shift')}</Table.Th>
                  <Table.Th>{t('roster.substitutes.open.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shifts.data.map((shift) => (
                  <Table.Tr
                    key={shift.id}
                    onClick={() => setSelected(shift)}
                    onKeyDown={(event) => event.key === 'Enter' && setSelected(shift)}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-testid={`open-shift-${shift.id}`}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {weekdayShort(t, isoWeekday(shift.date))} {formatDate(shift.date)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{shiftTime(shift)}</Table.Td>
                    <Table.Td>{shift.residenceName}</Table.Td>
                    <Table.Td>
                      {shift.shiftTypeName}
                      {shift.sleeping ? ` (${t('roster.grid.sleeping')})` : ''}
                    </Table.Td>
                    <Table.Td>
                      {shift.openReason ? (
                        <Badge color={shift.openReason === 'fravaer' ? 'red' : 'gray'} variant="light">
                          {t(`roster.openReasons.${shift.openReason}`)}
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      ) : null}
      <OpenShiftDrawer shift={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
