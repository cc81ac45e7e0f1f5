// Register a stay (citizens.addStay), correct one, or register a move-out (citizens.updateStay);
// capacity and overlap refusals from the server land on the field they name.
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Stay } from '../../../contract/areas/citizens';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { toId } from './citizen-values';

export type StayModalMode = 'add' | 'edit' | 'moveOut';

interface StayModalProps {
  citizenId: number;
  mode: StayModalMode;
  stay: Stay | null;
  opened: boolean;
  onClose: () => void;
}

const TITLES = { add: 'citizens.stays.addTitle', edit: 'citizens.stays.editTitle', moveOut: 'citizens.stays.moveOutTitle' } as const;

export function StayModal({ citizenId, mode, stay, opened, onClose }: StayModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(TITLES[mode])} size="lg">
      {opened ? mode === 'moveOut' && stay ? <MoveOutForm stay={stay} onClose={onClose} /> : <StayForm citizenId={citizenId} stay={mode === 'edit' ? stay : null} onClose={onClose} /> : null}
    </Modal>
  );
}

interface StayValues {
  residenceId: string | null;
  room: string;
  moveIn: string | null;
  moveOut: string | null;
}

const addSchema = contract['citizens.addStay'].input;
const updateSchema = contract['citizens.updateStay'].input;

function toRaw(values: StayValues) {
  return { residenceId: toId(values.residenceId), room: values.room, moveIn: values.moveIn, moveOut: values.moveOut };
}

function StayForm({ citizenId, stay, onClose }: { citizenId: number; stay: Stay | null; onClose: () => void }) {
  const { t } = useTranslation();
  const residences = useResidenceOptions({ withFree: true });
  const add = useRpcMutation('citizens.addStay');
  const update = useRpcMutation('citizens.updateStay');
  const addResolver = schemaResolver(addSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const form = useForm<StayValues>({
    initialValues: stay
      ? { residenceId: String(stay.residenceId), room: stay.room ?? '', moveIn: stay.moveIn, moveOut: stay.moveOut }
      : { residenceId: null, room: '', moveIn: todayIso(), moveOut: null },
    validate: (values) => (stay ? updateResolver({ ...toRaw(values), id: stay.id }) : addResolver({ ...toRaw(values), citizenId })),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    if (stay) await update.mutateAsync(updateSchema.parse({ ...toRaw(values), id: stay.id }));
    else await add.mutateAsync(addSchema.parse({ ...toRaw(values), citizenId }));
    notifySuccess(t('citizens.stays.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('citizens.stays.residence')}
          placeholder={t('citizens.form.chooseResidence')}
          data={residences.options}
          withAsterisk
          searchable
          openOnFocus={false}
          nothingFoundMessage={t('common.nothingFound')}
          data-autofocus
          {...form.getInputProps('residenceId')}
        />
        <TextInput label={t('citizens.stays.room')} {...form.getInputProps('room')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('citizens.stays.moveIn')} withAsterisk {...form.getInputProps('moveIn')} />
          <DateField label={t('citizens.stays.moveOutDate')} description={t('citizens.stays.moveOutHint')} clearable minDate={form.values.moveIn ?? undefined} {...form.getInputProps('moveOut')} />
        </SimpleGrid>
        <FormFooter problem={problem} saving={add.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function MoveOutForm({ stay, onClose }: { stay: Stay; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useRpcMutation('citizens.updateStay');
  const resolver = schemaResolver(updateSchema, { sync: true });
  const full = (moveOut: string | null) => ({ id: stay.id, residenceId: stay.residenceId, room: stay.room, moveIn: stay.moveIn, moveOut });
  const form = useForm<{ moveOut: string | null }>({
    initialValues: { moveOut: todayIso() },
    // A move-out needs a date, though the stay's schema allows none.
    validate: (values) => (values.moveOut ? resolver(full(values.moveOut)) : { moveOut: t('citizens.stays.moveOutRequired') }),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await update.mutateAsync(updateSchema.parse(full(values.moveOut)));
    notifySuccess(t('citizens.stays.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('citizens.stays.residence')} value={stay.residenceName} readOnly variant="filled" />
        <DateField label={t('citizens.stays.moveOutDate')} description={t('citizens.stays.moveOutHint')} withAsterisk minDate={stay.moveIn} data-autofocus {...form.getInputProps('moveOut')} />
        <FormFooter problem={problem} saving={update.isPending} submitLabel={t('citizens.stays.moveOutTitle')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
