// Create (competences.create) or rename/deactivate (competences.update) one competence.
import { Modal, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract, RpcError } from '../../../contract';
import type { Competence } from '../../../contract/areas/staff';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

const updateSchema = contract['competences.update'].input;

export function CompetenceModal({ competence, opened, onClose }: { competence: Competence | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={competence ? t('rosterSetup.competences.editTitle') : t('rosterSetup.competences.createTitle')}>
      {opened ? <CompetenceForm competence={competence} onClose={onClose} /> : null}
    </Modal>
  );
}

function CompetenceForm({ competence, onClose }: { competence: Competence | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRpcMutation('competences.create');
  const update = useRpcMutation('competences.update');
  const resolver = schemaResolver(updateSchema, { sync: true });
  const form = useForm({
    initialValues: { name: competence?.name ?? '', active: competence?.active ?? true },
    validate: (values) => resolver({ ...values, id: competence?.id ?? 1, version: competence?.version ?? 1 }),
  });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    const saved = competence ? await update.mutateAsync(updateSchema.parse({ ...values, id: competence.id, version: competence.version })) : await create.mutateAsync({ name: values.name });
    notifySuccess(t('rosterSetup.competences.saved', { name: saved.name }));
    onClose();
  });
  const conflict = problem !== null && update.error instanceof RpcError && update.error.code === 'CONFLICT';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('rosterSetup.competences.name')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        {competence ? <Switch label={t('rosterSetup.competences.active')} description={t('rosterSetup.competences.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} /> : null}
        <FormFooter problem={problem} conflictTitle={conflict ? t('rosterSetup.competences.conflictTitle') : undefined} saving={create.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
