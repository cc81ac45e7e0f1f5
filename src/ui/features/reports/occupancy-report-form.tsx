// "Belægning": occupancy days and vacant places per residence (one, or all the user may see).
import { Select, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconBed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { useServerSubmit } from '../../components/form-errors';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { GenerateButton } from './generate-button';
import { PeriodFields } from './period-fields';
import { ReportCard } from './report-card';
import { presetPeriod } from './report-period';

const schema = contract['reports.generateOccupancy'].input;

interface OccupancyValues {
  residenceId: string | null;
  from: string | null;
  to: string | null;
}

export function OccupancyReportForm({ onGenerated }: { onGenerated: (reportId: number) => void }) {
  const { t } = useTranslation();
  const residences = useResidenceOptions();
  const generate = useRpcMutation('reports.generateOccupancy');
  const toRaw = (values: OccupancyValues) => ({ residenceId: values.residenceId ? Number(values.residenceId) : null, from: values.from, to: values.to });
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<OccupancyValues>({
    initialValues: { residenceId: null, ...presetPeriod('lastMonth', todayIso()) },
    validate: (values) => resolver(toRaw(values)),
  });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    const report = await generate.mutateAsync(schema.parse(toRaw(values)));
    onGenerated(report.id);
  });

  return (
    <ReportCard icon={IconBed} title={t('reports.page.occupancy.title')} intro={t('reports.page.occupancy.intro')} testId="report-form-occupancy">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('reports.page.occupancy.residence')}
            placeholder={t('reports.page.occupancy.allResidences')}
            clearable
            searchable
            data={residences.options}
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('residenceId')}
          />
          <PeriodFields form={form} />
          <GenerateButton loading={generate.isPending} problem={problem} />
        </Stack>
      </form>
    </ReportCard>
  );
}
