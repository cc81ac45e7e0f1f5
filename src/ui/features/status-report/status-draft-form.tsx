// The statusrapport's free text (reports.saveStatusDraft, versioned), validated with the contract's
// schema so Danish messages land on the fields. "Dan statusrapport" saves first when anything is
// unsaved, then generates a draft report the tab opens in the preview.
import { Button, Checkbox, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { RECOMMENDATIONS, STATUS_REASONS, type StatusDraft } from '../../../contract/areas/reports';
import { useCan } from '../../app/current-user';
import { DateField } from '../../components/date-field';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooterActions } from '../../components/form-footer-actions';
import { notifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/dates';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';
import { toDraftInput, toDraftValues, type StatusDraftValues } from './status-draft-values';

const schema = contract['reports.saveStatusDraft'].input;

interface StatusDraftFormProps {
  citizenId: number;
  draft: StatusDraft;
  /** A report was generated: open it in the preview. */
  onGenerated: (reportId: number) => void;
}

export function StatusDraftForm({ citizenId, draft, onGenerated }: StatusDraftFormProps) {
  const { t } = useTranslation();
  const canSeeCpr = useCan('citizens.cpr');
  const save = useRpcMutation('reports.saveStatusDraft');
  const generate = useRpcMutation('reports.generateStatus');
  const [saved, setSaved] = useState(draft);
  const [fullCpr, setFullCpr] = useState(false);
  const [generatingRun, setGeneratingRun] = useState(false);
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<StatusDraftValues>({
    initialValues: toDraftValues(draft),
    validate: (values) => resolver(toDraftInput(values, citizenId, saved.version)),
  });

  const store = async (values: StatusDraftValues) => {
    const fresh = await save.mutateAsync(schema.parse(toDraftInput(values, citizenId, saved.version)));
    setSaved(fresh);
    form.resetDirty(values);
    return fresh;
  };

  const saving = useServerSubmit(form, async (values) => {
    await store(values);
    notifySuccess(t('statusReport.draft.saved'));
  });

  const generating = useServerSubmit(form, async (values) => {
    setGeneratingRun(true);
    try {
      // The report is built from the saved draft, so unsaved text is saved first.
      if (form.isDirty() || saved.version === 0) await store(values);
      const report = await generate.mutateAsync({ citizenId, fullCpr: canSeeCpr && fullCpr });
      notifySuccess(t('statusReport.draft.generated'));
      onGenerated(report.id);
    } finally {
      setGeneratingRun(false);
    }
  });

  const reload = async () => {
    const fresh = await call('reports.statusDraft', { citizenId });
    const values = toDraftValues(fresh);
    form.setValues(values);
    form.resetDirty(values);
    setSaved(fresh);
    saving.clearProblem();
    generating.clearProblem();
  };

  const problem = saving.problem ?? generating.problem;
  const conflict = saving.conflict || generating.conflict;
  const reason = form.getValues().reason;

  return (
    <form onSubmit={saving.submit} noValidate aria-label={t('statusReport.draft.title')}>
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

        <FormFooterActions
          problem={problem}
          conflictTitle={conflict ? t('statusReport.draft.conflictTitle') : undefined}
          reloadLabel={t('statusReport.draft.reload')}
          onReload={conflict ? () => void reload() : undefined}
          status={
            <Text size="xs" c="dimmed">
              {saved.updatedAt ? t('statusReport.draft.lastSaved', { date: formatDateTime(saved.updatedAt), name: saved.updatedBy ?? '' }) : t('statusReport.draft.neverSaved')}
            </Text>
          }
        >
          {canSeeCpr ? (
            <Checkbox label={t('statusReport.draft.fullCpr')} title={t('statusReport.draft.fullCprHint')} checked={fullCpr} onChange={(event) => setFullCpr(event.currentTarget.checked)} />
          ) : null}
          <Button type="submit" variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending && !generatingRun} disabled={generatingRun}>
            {t('statusReport.draft.save')}
          </Button>
          <Button type="button" leftSection={<IconFileTypePdf size={16} />} loading={generatingRun} disabled={save.isPending && !generatingRun} onClick={() => generating.submit()}>
            {t('statusReport.draft.generate')}
          </Button>
        </FormFooterActions>
      </Stack>
    </form>
  );
}
