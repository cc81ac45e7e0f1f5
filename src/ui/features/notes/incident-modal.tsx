// "Registrér hændelse" (incidents.create): kind, then a type that fits it, date and time, what
// happened, and whether (and when) it has been reported.
import { Modal, Select, SimpleGrid, Stack, Switch, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { INCIDENT_KINDS, type IncidentKind } from '../../../contract/plan-terms';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useIncidentLabels } from './use-incident-labels';

const schema = contract['incidents.create'].input;

interface IncidentValues {
  kind: IncidentKind;
  type: string | null;
  date: string | null;
  time: string;
  description: string;
  reported: boolean;
  reportedDate: string | null;
}

interface IncidentModalProps {
  citizenId: number;
  opened: boolean;
  onClose: () => void;
}

export function IncidentModal({ citizenId, opened, onClose }: IncidentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('notes.incidents.createTitle')} size="lg">
      {opened ? <IncidentForm citizenId={citizenId} onClose={onClose} /> : null}
    </Modal>
  );
}

function IncidentForm({ citizenId, onClose }: Omit<IncidentModalProps, 'opened'>) {
  const { t } = useTranslation();
  const labels = useIncidentLabels();
  const create = useRpcMutation('incidents.create');
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: IncidentValues) => ({
    ...values,
    citizenId,
    time: values.time || null,
    reportedDate: values.reported ? values.reportedDate : null,
  });
  const form = useForm<IncidentValues>({
    initialValues: { kind: 'magtanvendelse', type: null, date: todayIso(), time: '', description: '', reported: false, reportedDate: null },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await create.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('notes.incidents.saved'));
    onClose();
  });

  const typeOptions = labels.typeOptions(form.values.kind);
  const changeKind = (next: string | null) => {
    if (!next) return;
    form.setFieldValue('kind', next as IncidentKind);
    form.setFieldValue('type', null);
  };
  const changeReported = (event: React.ChangeEvent<HTMLInputElement>) => {
    const reported = event.currentTarget.checked;
    form.setFieldValue('reported', reported);
    if (reported && !form.values.reportedDate) form.setFieldValue('reportedDate', todayIso());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('notes.incidents.fields.kind')}
            withAsterisk
            allowDeselect={false}
            data={INCIDENT_KINDS.map((kind) => ({ value: kind, label: labels.kindLabel(kind) }))}
            {...form.getInputProps('kind')}
            onChange={changeKind}
          />
          {typeOptions.length ? <Select label={t('notes.incidents.fields.type')} withAsterisk data={typeOptions} {...form.getInputProps('type')} /> : <div />}
          <DateField label={t('notes.incidents.fields.date')} withAsterisk maxDate={todayIso()} {...form.getInputProps('date')} />
          <TimeInput label={t('notes.incidents.fields.time')} {...form.getInputProps('time')} />
        </SimpleGrid>
        <Textarea label={t('notes.incidents.fields.description')} withAsterisk autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Switch
            label={t('notes.incidents.fields.reported')}
            description={t('notes.incidents.fields.reportedHint')}
            mt={{ base: 0, xs: 'lg' }}
            {...form.getInputProps('reported', { type: 'checkbox' })}
            onChange={changeReported}
          />
          {form.values.reported ? (
            <DateField label={t('notes.incidents.fields.reportedDate')} withAsterisk minDate={form.values.date ?? undefined} maxDate={todayIso()} {...form.getInputProps('reportedDate')} />
          ) : null}
        </SimpleGrid>
        <FormFooter problem={problem} saving={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
