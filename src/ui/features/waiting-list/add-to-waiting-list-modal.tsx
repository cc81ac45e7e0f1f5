// "Sæt på venteliste" (waitingList.add): which citizen, received when, desired move-in, a note.
import { Modal, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { CitizenSearchSelect } from './citizen-search-select';

const schema = contract['waitingList.add'].input;

interface WaitingValues {
  citizenId: string | null;
  requestedDate: string | null;
  desiredMoveIn: string | null;
  note: string;
}

export function AddToWaitingListModal({ residenceId, opened, onClose }: { residenceId: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('waitingList.addTitle')} size="lg">
      {opened ? <AddForm residenceId={residenceId} onClose={onClose} /> : null}
    </Modal>
  );
}

function AddForm({ residenceId, onClose }: { residenceId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useRpcMutation('waitingList.add');
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: WaitingValues) => ({ ...values, residenceId, citizenId: values.citizenId ? Number(values.citizenId) : null });
  const form = useForm<WaitingValues>({
    initialValues: { citizenId: null, requestedDate: todayIso(), desiredMoveIn: null, note: '' },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const entry = await add.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('waitingList.added', { name: entry.citizenName }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <CitizenSearchSelect label={t('waitingList.fields.citizenId')} placeholder={t('waitingList.fields.citizenSearch')} withAsterisk data-autofocus {...form.getInputProps('citizenId')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('waitingList.fields.requestedDate')} withAsterisk {...form.getInputProps('requestedDate')} />
          <DateField label={t('waitingList.fields.desiredMoveIn')} clearable {...form.getInputProps('desiredMoveIn')} />
        </SimpleGrid>
        <Textarea label={t('waitingList.fields.note')} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
        <FormFooter problem={problem} saving={add.isPending} submitLabel={t('waitingList.add')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
