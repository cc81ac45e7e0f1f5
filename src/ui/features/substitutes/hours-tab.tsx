// Timer og løn: roster.hours for a month (employment and residence filters), "Hent løneksport
// (CSV)" (roster.payrollExport) and each person's shifts that month as "Kalender (.ics)".
import { Button, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendarDown, IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifyError } from '../../components/notify';
import { TABLE_LOOK } from '../../components/table-look';
import { formatOre } from '../../format/money';
import { call } from '../../rpc/client';
import { useRpcQuery } from '../../rpc/use-rpc';
import { downloadText } from '../audit/download-text';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { GenerateReportButton } from '../reports/generate-report-button';
import { hoursText } from '../roster/shift-text';

type EmploymentFilter = 'alle' | 'fast' | 'vikar';

export function HoursTab() {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const residences = useResidenceOptions();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [employment, setEmployment] = useState<EmploymentFilter>('alle');
  const [residenceId, setResidenceId] = useState<number | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const hours = useRpcQuery('roster.hours', { month, residenceId, employment: employment === 'alle' ? null : employment });
  const first = `${month}-01`;
  const last = dayjs(first).endOf('month').format('YYYY-MM-DD');

  const download = async (key: string, fetchFile: () => Promise<{ fileName: string; text: string; type: string }>) => {
    setDownloading(key);
    try {
      const file = await fetchFile();
      downloadText(file.fileName, file.text, file.type);
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(null);
    }
  };
  const payroll = () =>
    download('payroll', async () => {
      const result = await call('roster.payrollExport', { month });
      return { fileName: result.fileName, text: result.csv, type: 'text/csv;charset=utf-8' };
    });
  const calendar = (staffId: number) =>
    download(`ics-${staffId}`, async () => {
      const result = await call('roster.calendar', { staffId, from: first, to: last });
      return { fileName: result.fileName, text: result.ics, type: 'text/calendar;charset=utf-8' };
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <MonthPickerInput label={t('roster.substitutes.hours.month')} valueFormat="MMMM YYYY" value={first} onChange={(value) => value && setMonth(dayjs(value).format('YYYY-MM'))} w={180} />
          <Select
            label={t('roster.residence')}
            placeholder={t('roster.substitutes.allResidences')}
            clearable
            searchable
            data={residences.options}
            value={residenceId === null ? null : String(residenceId)}
            onChange={(id) => setResidenceId(id ? Number(id) : null)}
            w={240}
          />
          <SegmentedControl
            aria-label={t('roster.substitutes.hours.employment')}
            value={employment}
            onChange={(value) => setEmployment(value as EmploymentFilter)}
            data={[
              { value: 'alle', label: t('roster.substitutes.hours.all') },
              { value: 'fast', label: t('roster.substitutes.hours.fast') },
              { value: 'vikar', label: t('roster.substitutes.hours.vikar') },
            ]}
          />
        </Group>
        {canWrite ? (
          <Group gap="sm">
            <GenerateReportButton label={t('reports.roster.substituteHoursPdf')} testId="substitute-hours-pdf" generate={() => call('reports.generateSubstituteHours', { month })} />
            <Button leftSection={<IconDownload size={16} />} loading={downloading === 'payroll'} onClick={() => void payroll()}>
              {t('roster.substitutes.hours.payroll')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {hours.isPending ? <CenteredLoader fullPage={false} /> : null}
      {hours.error ? <LoadError error={hours.error} onRetry={() => void hours.refetch()} /> : null}
      {hours.data && hours.data.length === 0 ? <Text c="dimmed">{t('roster.substitutes.hours.empty')}</Text> : null}
      {hours.data && hours.data.length > 0 ? (
        <Table.ScrollContainer minWidth={900}>
          <Table {...TABLE_LOOK} striped aria-label={t('roster.substitutes.hours.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roster.substitutes.hours.name')}</Table.Th>
                <Table.Th>{t('roster.substitutes.hours.number')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.shifts')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.hours')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.evening')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.night')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.weekend')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.holiday')}</Table.Th>
                <Table.Th ta="right">{t('roster.substitutes.hours.cost')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hours.data.map((row) => (
                <Table.Tr key={row.staffId}>
                  <Table.Td>
                    {row.name}
                    {row.employment === 'vikar' ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {t('roster.grid.substitute')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{row.employeeNumber ?? '–'}</Table.Td>
                  <Table.Td ta="right">{row.shifts}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {hoursText(row.minutes)}
                  </Table.Td>
                  <Table.Td ta="right">{hoursText(row.eveningMinutes)}</Table.Td>
                  <Table.Td ta="right">{hoursText(row.nightMinutes)}</Table.Td>
                  <Table.Td ta="right">{hoursText(row.weekendMinutes)}</Table.Td>
                  <Table.Td ta="right">{hoursText(row.holidayMinutes)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {row.costOre === null ? '–' : formatOre(row.costOre)}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconCalendarDown size={14} />}
                      aria-label={t('roster.substitutes.hours.calendarFor', { name: row.name })}
                      loading={downloading === `ics-${row.staffId}`}
                      onClick={() => void calendar(row.staffId)}
                    >
                      {t('roster.substitutes.hours.calendar')}
                    </Button>
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
