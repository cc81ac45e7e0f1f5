// The statusrapport's free text (reports.saveStatusDraft, versioned), validated with the contract's
// schema so Danish messages land on the fields. "Dan statusrapport" saves first when anything is
// unsaved, then generates a draft report the tab opens in the preview.
import { Button, Checkbox, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { RECOMMENDATIONS, STATUS_REASONS, type StatusDraft } from '../../../contract/areas/reports';
import { useCan } from '../../app/current-user';
import { DateField } from '../../components/date-field';
import { formatDateTime } from '../../format/dates';
import { call } from '../../rpc/client';
import { DraftReportFooter, useDraftReportForm } from '../reports/draft-report-form';
import { useRpcMutation } from '../../rpc/use-rpc';
import { toDraftInput, toDraftValues, type StatusDraftValues } from './status-draft-values';

const schema = contract['reports.saveStatusDraft'].input;

interface StatusDraftFormProps {
  citizenId: number;
  draft: StatusDraft;
  /** A report was generated: open it in the preview. */
  onGenerated: (reportId: number) => void;
}

export function StatusDraftForm({ citizenId, draft: initial, onGenerated }: StatusDraftFormProps) {
  const { t } = useTranslation();
  const canSeeCpr = useCan('citizens.cpr');
  const save = useRpcMutation('reports.saveStatusDraft');
  const generate = useRpcMutation('reports.generateStatus');
  const [fullCpr, setFullCpr] = useState(false);
  const draft = useDraftReportForm({
    initial,
    schema,
    toValues: toDraftValues,
    toInput: (values: StatusDraftValues, version) => toDraftInput(values, citizenId, version),
    save: (input) => save.mutateAsync(input),
    load: () => call('reports.statusDraft', { citizenId }),
    generate: () => generate.mutateAsync({ citizenId, fullCpr: canSeeCpr && fullCpr }),
    onGenerated,
    messages: { saved: t('statusReport.draft.saved'), generated: t('statusReport.draft.generated') },
  });
  const { form, saved } = draft;
  const reason = form.getValues().reason;

  return (
    <form onSubmit={draft.submit} noValidate aria-label={t('statusReport.draft.title')}>
      <Stack gap="md">
        <Paper p="lg" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('statusReport.draft.periodTitle')}
          </Title>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField label={t('statusReport.draft.periodFrom')} withAsterisk {...form.getInputProps('periodFrom')} />
              <DateField label={t('statusReport.draft.periodTo')} withAsterisk {...form.getInputProps('periodTo')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('statusReport.draft.reason')}
                withAsterisk
                allowDeselect={false}
                data={STATUS_REASONS.map((value) => ({ value, label: t(`statusReport.draft.reasons.${value}`) }))}
                {...form.getInputProps('reason')}
              />
              <TextInput
                label={t('statusReport.draft.reasonText')}
                description={reason === 'aarlig' ? undefined : t('statusReport.draft.reasonTextHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...form.getInputProps('reasonText')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper p="lg" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('statusReport.draft.assessmentTitle')}
          </Title>
          <Stack gap="sm">
            <Textarea
              label={t('statusReport.draft.assessment')}
              description={t('statusReport.draft.assessmentHint')}
              autosize
              minRows={8}
              maxRows={24}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
              {...form.getInputProps('assessment')}
            />
            <Radio.Group label={t('statusReport.draft.recommendation')} {...form.getInputProps('recommendation')}>
              <Group gap="lg" mt={6}>
                {RECOMMENDATIONS.map((value) => (
                  <Radio key={value} value={value} label={t(`statusReport.draft.recommendations.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label={t('statusReport.draft.recommendationText')} autosize minRows={3} maxRows={12} {...form.getInputProps('recommendationText')} />
            <DateField label={t('statusReport.draft.nextFollowUp')} clearable maw={280} {...form.getInputProps('nextFollowUp')} />
          </Stack>
        </Paper>

        <Paper p="lg" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('statusReport.draft.remarksTitle')}
          </Title>
          <Stack gap="sm">
            <Textarea
              label={t('statusReport.draft.citizenRemarks')}
              description={t('statusReport.draft.citizenRemarksHint')}
              autosize
              minRows={3}
              maxRows={12}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
              {...form.getInputProps('citizenRemarks')}
            />
            <Textarea label={t('statusReport.draft.guardianRemarks')} autosize minRows={3} maxRows={12} {...form.getInputProps('guardianRemarks')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('statusReport.draft.signerName')} {...form.getInputProps('signerName')} />
              <TextInput label={t('statusReport.draft.signerTitle')} placeholder={t('statusReport.draft.signerTitlePlaceholder')} {...form.getInputProps('signerTitle')} />
            </SimpleGrid>
          </Stack>
        </Paper>

        <DraftReportFooter
          draft={draft}
          labels={{
            conflictTitle: t('statusReport.draft.conflictTitle'),
            reload: t('statusReport.draft.reload'),
            save: t('statusReport.draft.save'),
            generate: t('statusReport.draft.generate'),
          }}
          status={
            <Text size="xs" c="dimmed">
              {saved.updatedAt ? t('statusReport.draft.lastSaved', { date: formatDateTime(saved.updatedAt), name: saved.updatedBy ?? '' }) : t('statusReport.draft.neverSaved')}
            </Text>
          }
        >
          {canSeeCpr ? (
            <Checkbox label={t('statusReport.draft.fullCpr')} title={t('statusReport.draft.fullCprHint')} checked={fullCpr} onChange={(event) => setFullCpr(event.currentTarget.checked)} />
          ) : null}
        </DraftReportFooter>
      </Stack>
    </form>
  );
}
