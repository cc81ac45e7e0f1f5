// "Registrér fravær" (absences.create): staff member, kind and period; the shifts it frees are
// counted in the notification ("3 vagter blev ledige") and appear in the grid's open row.
import { Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { ABSENCE_KINDS, type AbsenceKind } from '../../../contract/roster-terms';
import { DateField } from '../../components/date-field';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['absences.create'].input;

interface AbsenceValues {
  staffId: string | null;
  kind: AbsenceKind | null;
  from: string | null;
  to: string | null;
  note: string;
}

interface AbsenceModalProps {
  opened: boolean;
  onClose: () => void;
  staff: readonly { staffId: number; name: string }[];
  defaultDate: string;
}

export function AbsenceModal({ opened, onClose, staff, defaultDate }: AbsenceModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('roster.absence.title')} size="lg">
      {opened ? <AbsenceForm onClose={onClose} staff={staff} defaultDate={defaultDate} /> : null}
    </Modal>
  );
}

function AbsenceForm({ onClose, staff, defaultDate }: Omit<AbsenceModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useRpcMutation('absences.create');
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: AbsenceValues) => ({ ...values, staffId: values.staffId ? Number(values.staffId) : null });
  const form = useForm<AbsenceValues>({
    initialValues: { staffId: null, kind: 'sygdom', from: defaultDate, to: defaultDate, note: '' },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const result = await create.mutateAsync(schema.parse(toRaw(values)));
    const count = result.openedShifts.length;
    notifySuccess(count > 0 ? t('roster.absence.opened', { count }) : t('roster.absence.openedNone'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('roster.absence.staff')}
            withAsterisk
            searchable
            data-autofocus
            data={staff.map((person) => ({ value: String(person.staffId), label: person.name }))}
            {...form.getInputProps('staffId')}
          />
          <Select
            label={t('roster.absence.kind')}
            withAsterisk
            allowDeselect={false}
            data={ABSENCE_KINDS.map((kind) => ({ value: kind, label: t(`roster.absenceKinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <DateField label={t('roster.absence.from')} withAsterisk {...form.getInputProps('from')} />
          <DateField label={t('roster.absence.to')} withAsterisk {...form.getInputProps('to')} />
        </SimpleGrid>
        <Textarea label={t('roster.absence.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <FormFooter problem={problem} saving={create.isPending} submitLabel={t('roster.absence.submit')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
