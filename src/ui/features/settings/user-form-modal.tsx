// Create a user, or edit one's name, role, residences and active flag (users.create / users.update).
import { Modal, MultiSelect, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract, RESIDENCE_SCOPED_ROLES, ROLES, type Role } from '../../../contract';
import type { UserRow } from '../../../contract/areas/users';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { withRepeatCheck } from '../../components/password-check';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';

interface UserFormModalProps {
  opened: boolean;
  /** The user to edit; absent to create one. */
  user: UserRow | null;
  onClose: () => void;
}

interface UserFormValues {
  username: string;
  displayName: string;
  role: Role | null;
  residenceIds: string[];
  password: string;
  repeatPassword: string;
  active: boolean;
}

const createSchema = contract['users.create'].input;
const updateSchema = contract['users.update'].input;

function toInput(values: UserFormValues) {
  const scoped = values.role !== null && RESIDENCE_SCOPED_ROLES.includes(values.role);
  return { ...values, residenceIds: scoped ? values.residenceIds.map(Number) : [] };
}

export function UserFormModal({ opened, user, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('settings.users.editTitle', { name: user.displayName }) : t('settings.users.createTitle')} size="lg">
      {opened ? <UserForm user={user} onClose={onClose} /> : null}
    </Modal>
  );
}

function UserForm({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const residences = useRpcQuery('residences.list', { includeArchived: true });
  const create = useRpcMutation('users.create');
  const update = useRpcMutation('users.update');

  const createResolver = schemaResolver(createSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const validateCreate = withRepeatCheck<UserFormValues>((values) => createResolver(toInput(values)), 'password', 'repeatPassword', () => t('password.mismatch'));
  const form = useForm<UserFormValues>({
    initialValues: {
      username: user?.username ?? '',
      displayName: user?.displayName ?? '',
      role: user?.role ?? null,
      residenceIds: (user?.residenceIds ?? []).map(String),
      password: '',
      repeatPassword: '',
      active: user?.active ?? true,
    },
    validate: (values) => (user ? updateResolver({ ...toInput(values), id: user.id }) : validateCreate(values)),
  });

  const scoped = form.values.role !== null && RESIDENCE_SCOPED_ROLES.includes(form.values.role);
  const residenceOptions = (residences.data ?? []).map((row) => ({
    value: String(row.id),
    label: row.archivedAt ? `${row.name} (${t('residences.archived')})` : row.name,
  }));

  const { submit, problem } = useServerSubmit(form, async (values) => {
    const input = toInput(values);
    if (user) {
      const parsed = updateSchema.parse({ ...input, id: user.id });
      await update.mutateAsync(parsed);
      notifySuccess(t('settings.users.saved', { name: parsed.displayName }));
    } else {
      const parsed = createSchema.parse(input);
      await create.mutateAsync(parsed);
      notifySuccess(t('settings.users.created', { name: parsed.displayName }));
    }
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('settings.users.fields.username')} description={user ? undefined : t('setup.usernameHint')} disabled={Boolean(user)} withAsterisk={!user} data-autofocus={!user || undefined} {...form.getInputProps('username')} />
        <TextInput label={t('settings.users.fields.displayName')} withAsterisk data-autofocus={user ? true : undefined} {...form.getInputProps('displayName')} />
        <Select
          label={t('settings.users.fields.role')}
          withAsterisk
          allowDeselect={false}
          data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          description={form.values.role ? t(`settings.users.roleHints.${form.values.role}`) : undefined}
          {...form.getInputProps('role')}
        />
        <MultiSelect
          label={t('settings.users.fields.residences')}
          description={scoped ? t('settings.users.residencesHint') : t('settings.users.residencesAllHint')}
          data={residenceOptions}
          disabled={!scoped}
          searchable
          hidePickedOptions
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('residenceIds')}
        />
        {user ? (
          <Switch label={t('settings.users.fields.active')} description={t('settings.users.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        ) : (
          <>
            <PasswordInput label={t('settings.users.fields.password')} description={t('password.hint')} autoComplete="new-password" withAsterisk {...form.getInputProps('password')} />
            <PasswordInput label={t('settings.users.fields.repeatPassword')} autoComplete="new-password" withAsterisk {...form.getInputProps('repeatPassword')} />
          </>
        )}
        <FormFooter problem={problem} saving={create.isPending || update.isPending} submitLabel={user ? t('common.save') : t('settings.users.createSubmit')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
