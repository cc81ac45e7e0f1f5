// "Markér indberettet" (incidents.markReported): the date the incident was reported, today by default.
import { Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Incident } from '../../../contract/areas/notes';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { formatDate, todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useIncidentLabels } from './use-incident-labels';

const schema = contract['incidents.markReported'].input;

export function MarkReportedModal({ incident, onClose }: { incident: Incident | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={incident !== null} onClose={onClose} title={t('notes.incidents.markReportedTitle')}>
      {incident ? <MarkReportedForm incident={incident} onClose={onClose} /> : null}
    </Modal>
  );
}

function MarkReportedForm({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useIncidentLabels();
  const mark = useRpcMutation('incidents.markReported');
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<{ reportedDate: string | null }>({
    initialValues: { reportedDate: todayIso() },
    validate: (values) => resolver({ id: incident.id, ...values }),
  });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    await mark.mutateAsync(schema.parse({ id: incident.id, ...values }));
    notifySuccess(t('notes.incidents.markReportedSaved'));
    onClose();
  });
  const type = labels.typeLabel(incident.kind, incident.type);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {labels.kindLabel(incident.kind)}
          {type ? ` · ${type}` : ''} · {formatDate(incident.date)}
        </Text>
        <DateField label={t('notes.incidents.fields.reportedDate')} withAsterisk minDate={incident.date} maxDate={todayIso()} {...form.getInputProps('reportedDate')} />
        <FormFooter problem={problem} saving={mark.isPending} submitLabel={t('notes.incidents.markReported')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
