// Add (residences.createLegalBasis) or edit (residences.updateLegalBasis) one legal basis; the code is the key and fixed once saved.
import { Modal, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { LegalBasis } from '../../../contract/areas/residences';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['residences.createLegalBasis'].input;

interface LegalBasisModalProps {
  opened: boolean;
  /** The basis to edit; null to add one. */
  basis: LegalBasis | null;
  existingCodes: readonly string[];
  onClose: () => void;
}

export function LegalBasisModal({ opened, basis, existingCodes, onClose }: LegalBasisModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={basis ? t('settings.legalBases.editTitle') : t('settings.legalBases.createTitle')}>
      {opened ? <LegalBasisForm basis={basis} existingCodes={existingCodes} onClose={onClose} /> : null}
    </Modal>
  );
}

function LegalBasisForm({ basis, existingCodes, onClose }: { basis: LegalBasis | null; existingCodes: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm({
    initialValues: basis ?? { code: '', paragraph: '', title: '', active: true },
    validate: (values) => {
      const errors = resolver(values);
      // The server refuses a taken code too; saying so before the round trip is kinder.
      if (!basis && existingCodes.includes(values.code.trim())) errors.code = t('settings.legalBases.codeTaken');
      return errors;
    },
  });
  const create = useRpcMutation('residences.createLegalBasis');
  const update = useRpcMutation('residences.updateLegalBasis');

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const saved = await (basis ? update : create).mutateAsync(schema.parse(values));
    notifySuccess(t('settings.legalBases.saved', { name: `${saved.paragraph} – ${saved.title}` }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('settings.legalBases.fields.code')} description={basis ? undefined : t('settings.legalBases.codeHint')} disabled={Boolean(basis)} withAsterisk={!basis} data-autofocus={!basis || undefined} {...form.getInputProps('code')} />
        <TextInput label={t('settings.legalBases.fields.paragraph')} placeholder={t('settings.legalBases.paragraphPlaceholder')} withAsterisk data-autofocus={basis ? true : undefined} {...form.getInputProps('paragraph')} />
        <TextInput label={t('settings.legalBases.fields.title')} withAsterisk {...form.getInputProps('title')} />
        <Switch label={t('settings.legalBases.fields.active')} description={t('settings.legalBases.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormFooter problem={problem} saving={create.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
