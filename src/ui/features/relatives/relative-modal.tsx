// Add (relatives.create) or edit (relatives.update) a relative: who, how to reach them, next of
// kin, preferred contact. What they may be told comes from consents, not from here.
import { Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { CONTACT_FORMS, type ContactForm, type Relative } from '../../../contract/areas/relatives';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

const createSchema = contract['relatives.create'].input;
const updateSchema = contract['relatives.update'].input;

interface RelativeValues {
  name: string;
  relation: string;
  phone: string;
  secondaryPhone: string;
  email: string;
  address: string;
  isClosest: boolean;
  preferredContact: ContactForm | null;
  note: string;
}

function toValues(relative: Relative | null): RelativeValues {
  return {
    name: relative?.name ?? '',
    relation: relative?.relation ?? '',
    phone: relative?.phone ?? '',
    secondaryPhone: relative?.secondaryPhone ?? '',
    email: relative?.email ?? '',
    address: relative?.address ?? '',
    isClosest: relative?.isClosest ?? false,
    preferredContact: relative?.preferredContact ?? null,
    note: relative?.note ?? '',
  };
}

interface RelativeModalProps {
  citizenId: number;
  relative: Relative | null;
  opened: boolean;
  onClose: () => void;
}

export function RelativeModal({ citizenId, relative, opened, onClose }: RelativeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={relative ? t('relatives.editTitle') : t('relatives.createTitle')} size="lg">
      {opened ? <RelativeForm citizenId={citizenId} relative={relative} onClose={onClose} /> : null}
    </Modal>
  );
}

function RelativeForm({ citizenId, relative, onClose }: Omit<RelativeModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useRpcMutation('relatives.create');
  const update = useRpcMutation('relatives.update');
  const createResolver = schemaResolver(createSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const form = useForm<RelativeValues>({
    initialValues: toValues(relative),
    validate: (values) => (relative ? updateResolver({ ...values, id: relative.id }) : createResolver({ ...values, citizenId })),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const saved = relative ? await update.mutateAsync(updateSchema.parse({ ...values, id: relative.id })) : await create.mutateAsync(createSchema.parse({ ...values, citizenId }));
    notifySuccess(t('relatives.saved', { name: saved.name }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('relatives.fields.name')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('relatives.fields.relation')} placeholder={t('relatives.fields.relationPlaceholder')} withAsterisk autoComplete="off" {...form.getInputProps('relation')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('relatives.fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput label={t('relatives.fields.secondaryPhone')} type="tel" autoComplete="off" {...form.getInputProps('secondaryPhone')} />
        </SimpleGrid>
        <TextInput label={t('relatives.fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
        <Textarea label={t('relatives.fields.address')} autosize minRows={2} maxRows={4} {...form.getInputProps('address')} />
        <Select
          label={t('relatives.fields.preferredContact')}
          data={CONTACT_FORMS.map((value) => ({ value, label: t(`relatives.contactForms.${value}`) }))}
          clearable
          w={{ base: '100%', xs: 260 }}
          {...form.getInputProps('preferredContact')}
        />
        <Switch label={t('relatives.fields.isClosest')} description={t('relatives.fields.isClosestHint')} {...form.getInputProps('isClosest', { type: 'checkbox' })} />
        <Textarea label={t('relatives.fields.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
        <FormFooter problem={problem} saving={create.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
