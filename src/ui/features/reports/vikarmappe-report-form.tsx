// "Vikarmappe": what a new substitute must know about a residence, printed; its content is written
// on the residence's Vikarmappe tab.
import { Anchor, Select, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconNotebook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { routeHref } from '../../app/hash-route';
import { useServerSubmit } from '../../components/form-errors';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { GenerateButton } from './generate-button';
import { ReportCard } from './report-card';

const schema = contract['reports.generateVikarmappe'].input;

export function VikarmappeReportForm({ onGenerated }: { onGenerated: (reportId: number) => void }) {
  const { t } = useTranslation();
  const residences = useResidenceOptions();
  const generate = useRpcMutation('reports.generateVikarmappe');
  const toRaw = (values: { residenceId: string | null }) => ({ residenceId: values.residenceId ? Number(values.residenceId) : null });
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<{ residenceId: string | null }>({ initialValues: { residenceId: null }, validate: (values) => resolver(toRaw(values)) });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    const report = await generate.mutateAsync(schema.parse(toRaw(values)));
    onGenerated(report.id);
  });
  const chosen = form.values.residenceId;

  return (
    <ReportCard icon={IconNotebook} title={t('reports.page.vikarmappe.title')} intro={t('reports.page.vikarmappe.intro')} testId="report-form-vikarmappe">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('reports.page.vikarmappe.residence')}
            placeholder={t('reports.page.vikarmappe.residencePlaceholder')}
            withAsterisk
            searchable
            data={residences.options}
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('residenceId')}
          />
          {chosen ? (
            <Anchor href={routeHref('botilbud', chosen)} size="sm">
              {t('reports.page.vikarmappe.edit')}
            </Anchor>
          ) : null}
          <GenerateButton loading={generate.isPending} problem={problem} />
        </Stack>
      </form>
    </ReportCard>
  );
}
