// Create (shiftTypes.create) or edit (shiftTypes.update) a shift type: name, kind, start and end
// (local clock times), night mode for a night shift, active; the server's refusal of a non-night
// shift that ends before it starts lands on the end field.
import { Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract, RpcError } from '../../../contract';
import type { ShiftType } from '../../../contract/areas/roster-setup';
import { NIGHT_MODES, SHIFT_KINDS, type NightMode, type ShiftKind } from '../../../contract/roster-terms';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';
import { ClockField } from './clock-field';

const createSchema = contract['shiftTypes.create'].input;
const updateSchema = contract['shiftTypes.update'].input;

interface ShiftTypeValues {
  name: string;
  kind: ShiftKind;
  start: string;
  end: string;
  nightMode: NightMode | null;
  active: boolean;
}

const DEFAULT_TIMES: Record<ShiftKind, [string, string]> = { dag: ['07:00', '15:00'], aften: ['15:00', '23:00'], nat: ['23:00', '07:00'] };

interface ShiftTypeModalProps {
  residenceId: number;
  shiftType: ShiftType | null;
  opened: boolean;
  onClose: () => void;
}

export function ShiftTypeModal({ residenceId, shiftType, opened, onClose }: ShiftTypeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={shiftType ? t('rosterSetup.shiftTypes.editTitle') : t('rosterSetup.shiftTypes.createTitle')}>
      {opened ? <ShiftTypeForm residenceId={residenceId} shiftType={shiftType} onClose={onClose} /> : null}
    </Modal>
  );
}

function ShiftTypeForm({ residenceId, shiftType, onClose }: { residenceId: number; shiftType: ShiftType | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRpcMutation('shiftTypes.create');
  const update = useRpcMutation('shiftTypes.update');
  const resolver = schemaResolver(createSchema, { sync: true });
  const toRaw = (values: ShiftTypeValues) => ({ ...values, nightMode: values.kind === 'nat' ? values.nightMode : null });
  const form = useForm<ShiftTypeValues>({
    initialValues: shiftType
      ? { name: shiftType.name, kind: shiftType.kind, start: shiftType.start, end: shiftType.end, nightMode: shiftType.nightMode, active: shiftType.active }
      : { name: '', kind: 'dag', start: DEFAULT_TIMES.dag[0], end: DEFAULT_TIMES.dag[1], nightMode: null, active: true },
    validate: (values) => {
      const { active: _active, ...raw } = toRaw(values);
      return resolver({ ...raw, residenceId });
    },
    onValuesChange: (values, previous) => {
      if (shiftType || values.kind === previous.kind) return;
      // A new shift type gets the usual times of its kind until the user types their own.
      const [start, end] = DEFAULT_TIMES[values.kind];
      form.setValues({ start, end, nightMode: values.kind === 'nat' ? (values.nightMode ?? 'vaagen') : null });
    },
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const { active, ...raw } = toRaw(values);
    const saved = shiftType ? await update.mutateAsync(updateSchema.parse({ ...raw, active, id: shiftType.id, version: shiftType.version })) : await create.mutateAsync(createSchema.parse({ ...raw, residenceId }));
    notifySuccess(t('rosterSetup.shiftTypes.saved', { name: saved.name }));
    onClose();
  });
  const conflict = problem !== null && update.error instanceof RpcError && update.error.code === 'CONFLICT';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('rosterSetup.shiftTypes.fields.name')} placeholder={t('rosterSetup.shiftTypes.fields.namePlaceholder')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('rosterSetup.shiftTypes.fields.kind')}
          withAsterisk
          allowDeselect={false}
          data={SHIFT_KINDS.map((value) => ({ value, label: t(`rosterSetup.shiftKinds.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={2}>
          <ClockField label={t('rosterSetup.shiftTypes.fields.start')} withAsterisk {...form.getInputProps('start')} />
          <ClockField
            label={t('rosterSetup.shiftTypes.fields.end')}
            description={form.values.kind === 'nat' || form.errors.end ? undefined : t('rosterSetup.shiftTypes.fields.endHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            {...form.getInputProps('end')}
          />
        </SimpleGrid>
        {form.values.kind === 'nat' ? (
          <Select
            label={t('rosterSetup.shiftTypes.fields.nightMode')}
            description={t('rosterSetup.shiftTypes.fields.nightModeHint')}
            withAsterisk
            allowDeselect={false}
            data={NIGHT_MODES.map((value) => ({ value, label: t(`rosterSetup.nightModes.${value}`) }))}
            {...form.getInputProps('nightMode')}
          />
        ) : null}
        {shiftType ? <Switch label={t('rosterSetup.shiftTypes.fields.active')} description={t('rosterSetup.shiftTypes.fields.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} /> : null}
        <FormFooter problem={problem} conflictTitle={conflict ? t('rosterSetup.shiftTypes.conflictTitle') : undefined} saving={create.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
