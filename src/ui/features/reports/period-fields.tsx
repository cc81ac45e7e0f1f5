// A report's period: from and to (dd-mm-åååå) with quick picks for the last month, quarter and year.
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { todayIso, toIsoDate } from '../../format/dates';
import { PERIOD_PRESETS, presetPeriod } from './report-period';

interface PeriodValues {
  from: string | null;
  to: string | null;
}

export function PeriodFields<Values extends PeriodValues>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const setPeriod = (period: { from: string; to: string }) => {
    form.setFieldValue('from' as never, period.from as never);
    form.setFieldValue('to' as never, period.to as never);
  };
  const from = form.getInputProps('from');
  const to = form.getInputProps('to');
  return (
    <Stack gap={6}>
      <SimpleGrid cols={2} spacing="sm">
        <DateField label={t('reports.page.periodFrom')} withAsterisk {...from} onChange={(date) => from.onChange(toIsoDate(date))} />
        <DateField label={t('reports.page.periodTo')} withAsterisk {...to} onChange={(date) => to.onChange(toIsoDate(date))} />
      </SimpleGrid>
      <Group gap={6}>
        {PERIOD_PRESETS.map((preset) => (
          <Button key={preset} size="compact-xs" variant="subtle" onClick={() => setPeriod(presetPeriod(preset, todayIso()))}>
            {t(`reports.page.${preset}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
