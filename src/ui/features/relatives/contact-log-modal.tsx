// "Registrér kontakt" (relatives.logContact): date, form, which relative, a summary, and who
// (empty means the signed-in user).
import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { CONTACT_FORMS, type ContactForm, type Relative } from '../../../contract/areas/relatives';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['relatives.logContact'].input;

interface ContactValues {
  relativeId: string | null;
  date: string | null;
  form: ContactForm | null;
  summary: string;
  staffName: string;
}

interface ContactLogModalProps {
  citizenId: number;
  relatives: readonly Relative[];
  opened: boolean;
  onClose: () => void;
}

export function ContactLogModal({ citizenId, relatives, opened, onClose }: ContactLogModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('contactLog.createTitle')} size="lg">
      {opened ? <ContactForm citizenId={citizenId} relatives={relatives} onClose={onClose} /> : null}
    </Modal>
  );
}

function ContactForm({ citizenId, relatives, onClose }: Omit<ContactLogModalProps, 'opened'>) {
  const { t } = useTranslation();
  const log = useRpcMutation('relatives.logContact');
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: ContactValues) => ({ ...values, citizenId, relativeId: values.relativeId ? Number(values.relativeId) : null });
  const closest = relatives.find((relative) => relative.isClosest) ?? relatives[0];
  const form = useForm<ContactValues>({
    initialValues: { relativeId: closest ? String(closest.id) : null, date: todayIso(), form: 'telefon', summary: '', staffName: '' },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await log.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('contactLog.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <DateField label={t('contactLog.fields.date')} withAsterisk maxDate={todayIso()} {...form.getInputProps('date')} />
          <Select
            label={t('contactLog.fields.form')}
            withAsterisk
            allowDeselect={false}
            data={CONTACT_FORMS.map((value) => ({ value, label: t(`relatives.contactForms.${value}`) }))}
            {...form.getInputProps('form')}
          />
          <Select
            label={t('contactLog.fields.relativeId')}
            placeholder={t('contactLog.fields.noRelative')}
            clearable
            data={relatives.map((relative) => ({ value: String(relative.id), label: `${relative.name} (${relative.relation})` }))}
            {...form.getInputProps('relativeId')}
          />
        </SimpleGrid>
        <Textarea label={t('contactLog.fields.summary')} withAsterisk autosize minRows={3} maxRows={10} data-autofocus {...form.getInputProps('summary')} />
        <TextInput label={t('contactLog.fields.staffName')} description={t('contactLog.fields.staffNameHint')} w={{ base: '100%', xs: 320 }} {...form.getInputProps('staffName')} />
        <FormFooter problem={problem} saving={log.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
