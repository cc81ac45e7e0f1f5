// "Markér som sendt": asks for the recipient (prefilled with the municipality or region the report
// is for) and says plainly that the file is frozen from then on.
import { Alert, Modal, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { ReportSummary } from '../../../contract/areas/reports';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { suggestedRecipient } from './suggested-recipient';

const schema = contract['reports.markSent'].input;

interface MarkSentModalProps {
  report: ReportSummary | null;
  onClose: () => void;
  onSent: (report: ReportSummary) => void;
}

export function MarkSentModal({ report, onClose, onSent }: MarkSentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={report !== null} onClose={onClose} title={t('reports.markSent.title')} size="md" zIndex={400}>
      {report ? <MarkSentForm report={report} onClose={onClose} onSent={onSent} /> : null}
    </Modal>
  );
}

function MarkSentForm({ report, onClose, onSent }: { report: ReportSummary; onClose: () => void; onSent: (report: ReportSummary) => void }) {
  const { t } = useTranslation();
  const municipalities = useRpcQuery('reference.municipalities', {}, { staleTime: Infinity });
  const markSent = useRpcMutation('reports.markSent');
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm({
    initialValues: { recipient: suggestedRecipient(report, municipalities.data ?? []) },
    validate: (values) => resolver({ id: report.id, recipient: values.recipient }),
  });
  // The municipalities may arrive after the form opened: prefill then, unless the user typed.
  const suggestion = suggestedRecipient(report, municipalities.data ?? []);
  useEffect(() => {
    if (suggestion && form.getValues().recipient === '') form.setFieldValue('recipient', suggestion);
    // Only when the suggestion arrives; the form object is stable.
  }, [suggestion]);

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const sent = await markSent.mutateAsync(schema.parse({ id: report.id, recipient: values.recipient }));
    notifySuccess(t('reports.markSent.done'));
    onSent(sent);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('reports.markSent.recipient')}
          description={t('reports.markSent.recipientHint')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('recipient')}
        />
        <Alert color="blue" variant="light" icon={<IconLock size={18} />}>
          {t('reports.markSent.explain')}
        </Alert>
        <FormFooter problem={problem} saving={markSent.isPending} submitLabel={t('reports.markSent.confirm')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
