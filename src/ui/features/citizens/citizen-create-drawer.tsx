// "Opret borger" (`#/borgere/ny`): stamdata, contact persons, guardian and an optional first stay
// or waiting-list place; validated with the contract's schema, server errors on the fields
// (nested ones like stay.residenceId too); on success the new citizen's page opens.
import { Drawer, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { useCurrentUser } from '../../app/current-user';
import { navigate } from '../../app/hash-route';
import { DrawerFormFooter } from '../../components/drawer-form-footer';
import { useServerSubmit, type FieldAliases } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';
import { CitizenBasicsFields } from './citizen-basics-fields';
import { CitizenPlacementFields } from './citizen-placement-fields';
import { createToRaw, emptyCitizen, type CitizenCreateValues } from './citizen-values';

const schema = contract['citizens.create'].input;
const resolver = schemaResolver(schema, { sync: true });

/** The stay's and waiting list's checks may name their field without the group (`residenceId`); the form has it once, under the chosen group. */
const GROUP_ALIASES: Record<CitizenCreateValues['mode'], FieldAliases> = {
  // Hidden groups: a refusal that names them belongs to the choice of stay itself.
  none: { 'stay.residenceId': 'mode', 'waitingList.residenceId': 'mode', residenceId: 'mode' },
  stay: { residenceId: 'stay.residenceId', room: 'stay.room', moveIn: 'stay.moveIn' },
  waiting: { residenceId: 'waitingList.residenceId', requestedDate: 'waitingList.requestedDate' },
};

export function CitizenCreateDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={620} title={t('citizens.form.createTitle')} padding="lg" styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}>
      {opened ? <CitizenCreateForm onClose={onClose} /> : null}
    </Drawer>
  );
}

function CitizenCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRpcMutation('citizens.create');
  // A user limited to some residences must place the citizen in one of them (stay or waiting list).
  const scoped = useCurrentUser().residenceIds !== null;
  const form = useForm<CitizenCreateValues>({
    initialValues: { ...emptyCitizen(), mode: scoped ? 'stay' : 'none' },
    validate: (values) => resolver(createToRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const created = await create.mutateAsync(schema.parse(createToRaw(values)));
    notifySuccess(t('citizens.form.created', { name: created.name }));
    navigate('borgere', created.id);
  }, GROUP_ALIASES[form.values.mode]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <CitizenBasicsFields form={form} />
        <CitizenPlacementFields form={form} allowNone={!scoped} />
      </Stack>
      <DrawerFormFooter problem={problem} saving={create.isPending} submitLabel={t('citizens.form.createSubmit')} onCancel={onClose} />
    </form>
  );
}
