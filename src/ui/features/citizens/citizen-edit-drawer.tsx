// "Ret stamdata": the citizen's own fields in a drawer. The CPR field is left empty (the full number
// is never fetched just to edit a name) and filled in only to correct it; a stale version is a
// conflict with a "reload" that starts the form over from the newest data.
import { Drawer, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, RpcError } from '../../../contract';
import type { Citizen } from '../../../contract/areas/citizens';
import { DrawerFormFooter } from '../../components/drawer-form-footer';
import { applyServerErrors } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';
import { CitizenBasicsFields } from './citizen-basics-fields';
import { basicsToRaw, citizenToValues, type CitizenBasicsValues } from './citizen-values';

const schema = contract['citizens.update'].input;

interface CitizenEditDrawerProps {
  citizen: Citizen;
  opened: boolean;
  onClose: () => void;
}

export function CitizenEditDrawer({ citizen, opened, onClose }: CitizenEditDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={620} padding="lg" title={<Text fw={600} size="lg">{t('citizens.form.editTitle')}</Text>}>
      {opened ? <CitizenEditForm citizen={citizen} onClose={onClose} /> : null}
    </Drawer>
  );
}

function CitizenEditForm({ citizen, onClose }: { citizen: Citizen; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useRpcMutation('citizens.update');
  const [version, setVersion] = useState(citizen.version);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<CitizenBasicsValues>({
    initialValues: citizenToValues(citizen),
    validate: (values) => resolver({ ...basicsToRaw(values), id: citizen.id, version }),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await update.mutateAsync(schema.parse({ ...basicsToRaw(values), id: citizen.id, version }));
      notifySuccess(t('citizens.form.saved', { name: saved.name }));
      onClose();
    } catch (error) {
      const message = applyServerErrors(form, error);
      if (message) setProblem({ message, conflict: error instanceof RpcError && error.code === 'CONFLICT' });
    }
  });

  const reload = async () => {
    const fresh = await call('citizens.get', { id: citizen.id });
    const values = { ...citizenToValues(fresh), cpr: form.getValues().cpr };
    form.setValues(values);
    form.resetDirty(values);
    setVersion(fresh.version);
    setProblem(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <CitizenBasicsFields form={form} cprDescription={t('citizens.form.cprEditHint')} cprPlaceholder={citizen.cprMasked} keepStaffIds={[citizen.contactStaffId, citizen.secondContactStaffId]} />
      </Stack>
      <DrawerFormFooter
        problem={problem?.message ?? null}
        conflictTitle={problem?.conflict ? t('citizens.form.conflictTitle') : undefined}
        reloadLabel={t('citizens.form.reload')}
        onReload={problem?.conflict ? () => void reload() : undefined}
        saving={update.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
