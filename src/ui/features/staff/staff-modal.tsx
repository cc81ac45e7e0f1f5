// Create (staff.create) or edit (staff.update) a staff member: name, number, title, home
// residence, employment, active, and the roster details (StaffRosterFields); a stale version is a
// conflict with a "reload".
import { Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, RpcError } from '../../../contract';
import { EMPLOYMENTS, STAFF_TITLES, type StaffMember } from '../../../contract/areas/staff';
import { FormFooter } from '../../components/form-footer';
import { applyServerErrors } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { StaffRosterFields } from './staff-roster-fields';
import { renameErrors, STAFF_ALIASES, toRaw, toValues, type StaffValues } from './staff-values';

const createSchema = contract['staff.create'].input;
const updateSchema = contract['staff.update'].input;

interface StaffModalProps {
  member: StaffMember | null;
  opened: boolean;
  onClose: () => void;
}

export function StaffModal({ member, opened, onClose }: StaffModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={member ? t('staff.editTitle') : t('staff.createTitle')} size="lg">
      {opened ? <StaffForm member={member} onClose={onClose} /> : null}
    </Modal>
  );
}

function StaffForm({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  const residences = useResidenceOptions();
  const create = useRpcMutation('staff.create');
  const update = useRpcMutation('staff.update');
  const [version, setVersion] = useState(member?.version ?? 1);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const createResolver = schemaResolver(createSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const form = useForm<StaffValues>({
    initialValues: toValues(member),
    validate: (values) => renameErrors(member ? updateResolver({ ...toRaw(values), id: member.id, version }) : createResolver(toRaw(values))) as Record<string, string>,
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = member ? await update.mutateAsync(updateSchema.parse({ ...toRaw(values), id: member.id, version })) : await create.mutateAsync(createSchema.parse(toRaw(values)));
      notifySuccess(t(member ? 'staff.saved' : 'staff.created', { name: saved.name }));
      onClose();
    } catch (error) {
      const message = applyServerErrors(form, error, STAFF_ALIASES);
      if (message) setProblem({ message, conflict: error instanceof RpcError && error.code === 'CONFLICT' });
    }
  });

  const reload = async () => {
    if (!member) return;
    const fresh = (await call('staff.list', { includeInactive: true })).find((row) => row.id === member.id);
    if (!fresh) return;
    form.setValues(toValues(fresh));
    form.resetDirty(toValues(fresh));
    setVersion(fresh.version);
    setProblem(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput label={t('staff.fields.name')} withAsterisk autoComplete="off" data-autofocus style={{ gridColumn: 'span 2' }} {...form.getInputProps('name')} />
          <TextInput label={t('staff.fields.employeeNumber')} autoComplete="off" {...form.getInputProps('employeeNumber')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('staff.fields.title')}
            placeholder={t('staff.fields.chooseTitle')}
            withAsterisk
            allowDeselect={false}
            data={STAFF_TITLES.map((value) => ({ value, label: t(`staff.titles.${value}`) }))}
            {...form.getInputProps('title')}
          />
          <Select
            label={t('staff.fields.employment')}
            withAsterisk
            allowDeselect={false}
            data={EMPLOYMENTS.map((value) => ({ value, label: t(`staff.employments.${value}`) }))}
            {...form.getInputProps('employment')}
          />
        </SimpleGrid>
        <Select
          label={t('staff.fields.homeResidenceId')}
          description={t('staff.fields.homeResidenceHint')}
          placeholder={t('staff.noHome')}
          data={residences.options}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('homeResidenceId')}
        />
        <StaffRosterFields form={form} keepCompetenceIds={member?.competenceIds ?? []} />
        <Switch label={t('staff.fields.active')} description={t('staff.fields.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormFooter
          problem={problem?.message ?? null}
          conflictTitle={problem?.conflict ? t('staff.conflictTitle') : undefined}
          reloadLabel={t('staff.reload')}
          onReload={problem?.conflict ? () => void reload() : undefined}
          saving={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
