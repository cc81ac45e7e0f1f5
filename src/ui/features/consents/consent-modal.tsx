// "Registrér samtykke" (consents.create): what may be shared, with whom (one of the citizen's
// relatives, or a named municipality, doctor or other), given when and by whom, until when.
import { Group, Modal, MultiSelect, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { CONSENT_GIVERS, CONSENT_RECIPIENTS, CONSENT_SUBJECTS, type ConsentRecipient, type ConsentSubject } from '../../../contract/areas/consents';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';

const schema = contract['consents.create'].input;

interface ConsentValues {
  subjects: ConsentSubject[];
  recipientType: ConsentRecipient;
  relativeId: string | null;
  recipientName: string;
  givenDate: string | null;
  givenBy: (typeof CONSENT_GIVERS)[number];
  expiresDate: string | null;
  note: string;
}

export function ConsentModal({ citizenId, opened, onClose }: { citizenId: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('consents.createTitle')} size="lg">
      {opened ? <ConsentForm citizenId={citizenId} onClose={onClose} /> : null}
    </Modal>
  );
}

function ConsentForm({ citizenId, onClose }: { citizenId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const relatives = useRpcQuery('relatives.list', { citizenId });
  const create = useRpcMutation('consents.create');
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: ConsentValues) => {
    const toRelative = values.recipientType === 'paaroerende';
    return { ...values, citizenId, relativeId: toRelative && values.relativeId ? Number(values.relativeId) : null, recipientName: toRelative ? null : values.recipientName };
  };
  const form = useForm<ConsentValues>({
    initialValues: { subjects: [], recipientType: 'paaroerende', relativeId: null, recipientName: '', givenDate: todayIso(), givenBy: 'borger', expiresDate: null, note: '' },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await create.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('consents.saved'));
    onClose();
  });

  const relativeOptions = (relatives.data ?? []).map((relative) => ({ value: String(relative.id), label: `${relative.name} (${relative.relation})` }));
  const toRelative = form.values.recipientType === 'paaroerende';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <MultiSelect
          label={t('consents.fields.subjects')}
          description={t('consents.fields.subjectsHint')}
          withAsterisk
          data={CONSENT_SUBJECTS.map((value) => ({ value, label: t(`consents.subjects.${value}`) }))}
          hidePickedOptions
          searchable
          openOnFocus={false}
          data-autofocus
          {...form.getInputProps('subjects')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('consents.fields.recipientType')}
            withAsterisk
            allowDeselect={false}
            data={CONSENT_RECIPIENTS.map((value) => ({ value, label: t(`consents.recipients.${value}`) }))}
            {...form.getInputProps('recipientType')}
          />
          {toRelative ? (
            <Select
              label={t('consents.fields.relativeId')}
              placeholder={t('consents.fields.chooseRelative')}
              withAsterisk
              data={relativeOptions}
              {...form.getInputProps('relativeId')}
            />
          ) : (
            <TextInput label={t('consents.fields.recipientName')} placeholder={t('consents.fields.recipientNamePlaceholder')} withAsterisk {...form.getInputProps('recipientName')} />
          )}
        </SimpleGrid>
        {toRelative && relatives.isSuccess && relativeOptions.length === 0 ? (
          <Text size="sm" c="orange.7">
            {t('consents.fields.noRelatives')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('consents.fields.givenDate')} withAsterisk {...form.getInputProps('givenDate')} />
          <DateField
            label={t('consents.fields.expiresDate')}
            description={t('consents.fields.expiresHint')}
           
            clearable
            minDate={form.values.givenDate ?? undefined}
            {...form.getInputProps('expiresDate')}
          />
        </SimpleGrid>
        <Radio.Group label={t('consents.fields.givenBy')} withAsterisk {...form.getInputProps('givenBy')}>
          <Group mt={6}>
            {CONSENT_GIVERS.map((giver) => (
              <Radio key={giver} value={giver} label={t(`consents.givers.${giver}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('consents.fields.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
        <FormFooter problem={problem} saving={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
