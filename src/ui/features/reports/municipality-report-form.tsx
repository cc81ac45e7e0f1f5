// "Kommune eller region": the report to a commissioning municipality, or to all municipalities of a
// region, for a period; full CPR only offered to users who may see it.
import { Checkbox, SegmentedControl, Select, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconBuildingBank } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { useCan } from '../../app/current-user';
import { useServerSubmit } from '../../components/form-errors';
import { todayIso } from '../../format/dates';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { GenerateButton } from './generate-button';
import { PeriodFields } from './period-fields';
import { ReportCard } from './report-card';
import { presetPeriod } from './report-period';

const schema = contract['reports.generateMunicipality'].input;

interface MunicipalityValues {
  scope: 'municipality' | 'region';
  municipalityCode: string | null;
  regionCode: string | null;
  from: string | null;
  to: string | null;
  fullCpr: boolean;
}

export function MunicipalityReportForm({ onGenerated }: { onGenerated: (reportId: number) => void }) {
  const { t } = useTranslation();
  const mayShowCpr = useCan('citizens.cpr');
  const municipalities = useRpcQuery('reference.municipalities', {}, { staleTime: Infinity });
  const generate = useRpcMutation('reports.generateMunicipality');
  const municipalityOptions = (municipalities.data ?? []).map((row) => ({ value: row.code, label: row.name }));
  const regionOptions = useMemo(() => {
    const regions = new Map((municipalities.data ?? []).map((row) => [row.regionCode, row.regionName]));
    return [...regions].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'da'));
  }, [municipalities.data]);

  const toRaw = (values: MunicipalityValues) => ({
    municipalityCode: values.scope === 'municipality' ? values.municipalityCode : null,
    regionCode: values.scope === 'region' ? values.regionCode : null,
    from: values.from,
    to: values.to,
    fullCpr: mayShowCpr && values.fullCpr,
  });
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<MunicipalityValues>({
    initialValues: { scope: 'municipality', municipalityCode: null, regionCode: null, ...presetPeriod('lastMonth', todayIso()), fullCpr: false },
    validate: (values) => {
      const errors = resolver(toRaw(values));
      // "Vælg enten en kommune eller en region" belongs on the field the user is choosing from.
      if (values.scope === 'region' && errors.municipalityCode) return { ...errors, municipalityCode: undefined, regionCode: errors.municipalityCode };
      return errors;
    },
  });

  const { submit, problem } = useServerSubmit(
    form,
    async (values) => {
      const report = await generate.mutateAsync(schema.parse(toRaw(values)));
      onGenerated(report.id);
    },
    form.values.scope === 'region' ? { municipalityCode: 'regionCode' } : {},
  );

  return (
    <ReportCard icon={IconBuildingBank} title={t('reports.page.municipality.title')} intro={t('reports.page.municipality.intro')} testId="report-form-municipality">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('reports.page.municipality.scope')}
            data={[
              { value: 'municipality', label: t('reports.page.municipality.scopeMunicipality') },
              { value: 'region', label: t('reports.page.municipality.scopeRegion') },
            ]}
            {...form.getInputProps('scope')}
            onChange={(value) => {
              form.setFieldValue('scope', value as MunicipalityValues['scope']);
              form.clearErrors();
            }}
          />
          {form.values.scope === 'municipality' ? (
            <Select
              label={t('reports.page.municipality.municipality')}
              placeholder={t('reports.page.municipality.municipalityPlaceholder')}
              withAsterisk
              searchable
              clearable
              data={municipalityOptions}
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('municipalityCode')}
            />
          ) : (
            <Select
              label={t('reports.page.municipality.region')}
              placeholder={t('reports.page.municipality.regionPlaceholder')}
              withAsterisk
              data={regionOptions}
              {...form.getInputProps('regionCode')}
            />
          )}
          <PeriodFields form={form} />
          {mayShowCpr ? (
            <Checkbox label={t('reports.page.fullCpr')} description={t('reports.page.fullCprHint')} {...form.getInputProps('fullCpr', { type: 'checkbox' })} />
          ) : null}
          <GenerateButton loading={generate.isPending} problem={problem} />
        </Stack>
      </form>
    </ReportCard>
  );
}
