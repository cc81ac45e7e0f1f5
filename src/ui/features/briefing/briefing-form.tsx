// The vikarmappe's content for one residence (reports.saveBriefing, versioned): routines, practical
// matters, emergencies, the phone list and a line per current resident. "Dan vikarmappe" saves
// unsaved text first, then generates the PDF the tab opens in the preview.
import { Button, Divider, Stack, Text, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Briefing } from '../../../contract/areas/reports';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooterActions } from '../../components/form-footer-actions';
import { notifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/dates';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';
import { toBriefingInput, toBriefingValues, type BriefingValues } from './briefing-values';
import { PhoneListField } from './phone-list-field';

const schema = contract['reports.saveBriefing'].input;

interface BriefingFormProps {
  residenceId: number;
  briefing: Briefing;
  onGenerated: (reportId: number) => void;
}

export function BriefingForm({ residenceId, briefing, onGenerated }: BriefingFormProps) {
  const { t } = useTranslation();
  const save = useRpcMutation('reports.saveBriefing');
  const generate = useRpcMutation('reports.generateVikarmappe');
  const [saved, setSaved] = useState(briefing);
  const [generatingRun, setGeneratingRun] = useState(false);
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<BriefingValues>({
    initialValues: toBriefingValues(briefing),
    validate: (values) => resolver(toBriefingInput(values, residenceId, saved.version)),
  });

  const store = async (values: BriefingValues) => {
    const fresh = await save.mutateAsync(schema.parse(toBriefingInput(values, residenceId, saved.version)));
    setSaved(fresh);
    form.resetDirty(values);
  };

  const saving = useServerSubmit(form, async (values) => {
    await store(values);
    notifySuccess(t('statusReport.briefing.saved'));
  });

  const generating = useServerSubmit(form, async (values) => {
    setGeneratingRun(true);
    try {
      if (form.isDirty() || saved.version === 0) await store(values);
      const report = await generate.mutateAsync({ residenceId });
      notifySuccess(t('statusReport.briefing.generated'));
      onGenerated(report.id);
    } finally {
      setGeneratingRun(false);
    }
  });

  const reload = async () => {
    const fresh = await call('reports.briefing', { residenceId });
    const values = toBriefingValues(fresh);
    form.setValues(values);
    form.resetDirty(values);
    setSaved(fresh);
    saving.clearProblem();
    generating.clearProblem();
  };

  const problem = saving.problem ?? generating.problem;
  const conflict = saving.conflict || generating.conflict;
  const residents = form.getValues().residents;

  return (
    <form onSubmit={saving.submit} noValidate aria-label={t('statusReport.briefing.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('statusReport.briefing.intro')}
        </Text>
        <Textarea
          label={t('statusReport.briefing.routines')}
          description={t('statusReport.briefing.routinesHint')}
          autosize
          minRows={5}
          maxRows={20}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          {...form.getInputProps('routines')}
        />
        <Textarea label={t('statusReport.briefing.practical')} autosize minRows={3} maxRows={14} {...form.getInputProps('practical')} />
        <Textarea label={t('statusReport.briefing.emergency')} autosize minRows={3} maxRows={14} {...form.getInputProps('emergency')} />
        <Divider />
        <PhoneListField form={form} />
        <Divider />
        <Stack gap="xs">
          <div>
            <Title order={3} size="h5">
              {t('statusReport.briefing.residentsTitle')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('statusReport.briefing.residentsIntro')}
            </Text>
          </div>
          {residents.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('statusReport.briefing.residentsEmpty')}
            </Text>
          ) : null}
          {residents.map((resident, index) => (
            <Textarea
              key={resident.citizenId}
              label={resident.room ? `${resident.firstName} (${resident.room})` : resident.firstName}
              placeholder={t('statusReport.briefing.residentText')}
              aria-description={t('statusReport.briefing.residentText')}
              autosize
              minRows={2}
              maxRows={10}
              {...form.getInputProps(`residents.${index}.text`)}
            />
          ))}
        </Stack>
        <FormFooterActions
          problem={problem}
          conflictTitle={conflict ? t('statusReport.briefing.conflictTitle') : undefined}
          reloadLabel={t('statusReport.briefing.reload')}
          onReload={conflict ? () => void reload() : undefined}
          status={
            saved.updatedAt ? (
              <Text size="xs" c="dimmed">
                {t('statusReport.briefing.lastSaved', { date: formatDateTime(saved.updatedAt), name: saved.updatedBy ?? '' })}
              </Text>
            ) : null
          }
        >
          <Button type="submit" variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending && !generatingRun} disabled={generatingRun}>
            {t('statusReport.briefing.save')}
          </Button>
          <Button type="button" leftSection={<IconFileTypePdf size={16} />} loading={generatingRun} disabled={save.isPending && !generatingRun} onClick={() => generating.submit()}>
            {t('statusReport.briefing.generate')}
          </Button>
        </FormFooterActions>
      </Stack>
    </form>
  );
}
