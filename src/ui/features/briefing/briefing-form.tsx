// The vikarmappe's content for one residence (reports.saveBriefing, versioned): routines, practical
// matters, emergencies, the phone list and a line per current resident. "Dan vikarmappe" saves
// unsaved text first, then generates the PDF the tab opens in the preview.
import { Button, Divider, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Briefing } from '../../../contract/areas/reports';
import { formatDateTime } from '../../format/dates';
import { call } from '../../rpc/client';
import { DraftReportFooter, useDraftReportForm } from '../reports/draft-report-form';
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
  const draft = useDraftReportForm({
    initial: briefing,
    schema,
    toValues: toBriefingValues,
    toInput: (values: BriefingValues, version) => toBriefingInput(values, residenceId, version),
    save: (input) => save.mutateAsync(input),
    load: () => call('reports.briefing', { residenceId }),
    generate: () => generate.mutateAsync({ residenceId }),
    onGenerated,
    messages: { saved: t('statusReport.briefing.saved'), generated: t('statusReport.briefing.generated') },
  });
  const { form, saved } = draft;
  const residents = form.getValues().residents;

  return (
    <form onSubmit={draft.submit} noValidate aria-label={t('statusReport.briefing.title')}>
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
        <DraftReportFooter
          draft={draft}
          labels={{
            conflictTitle: t('statusReport.briefing.conflictTitle'),
            reload: t('statusReport.briefing.reload'),
            save: t('statusReport.briefing.save'),
            generate: t('statusReport.briefing.generate'),
          }}
          status={
            saved.updatedAt ? (
              <Text size="xs" c="dimmed">
                {t('statusReport.briefing.lastSaved', { date: formatDateTime(saved.updatedAt), name: saved.updatedBy ?? '' })}
              </Text>
            ) : null
          }
        />
      </Stack>
    </form>
  );
}
