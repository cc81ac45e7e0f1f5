// An administrator sets a new password for a user who has forgotten theirs (users.resetPassword).
import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { UserRow } from '../../../contract/areas/users';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { withRepeatCheck } from '../../components/password-check';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['users.resetPassword'].input;

export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={user !== null} onClose={onClose} title={t('settings.users.resetTitle', { name: user?.displayName ?? '' })}>
      {user ? <ResetPasswordForm user={user} onClose={onClose} /> : null}
    </Modal>
  );
}

function ResetPasswordForm({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm({
    initialValues: { password: '', repeatPassword: '' },
    validate: withRepeatCheck((values: { password: string; repeatPassword: string }) => resolver({ id: user.id, password: values.password }), 'password', 'repeatPassword', () => t('password.mismatch')),
  });
  const reset = useRpcMutation('users.resetPassword');

  const { submit, problem } = useServerSubmit(form, async ({ password }) => {
    await reset.mutateAsync({ id: user.id, password });
    notifySuccess(t('settings.users.passwordReset', { name: user.displayName }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('settings.users.resetIntro')}
        </Text>
        <PasswordInput label={t('password.new')} description={t('password.hint')} autoComplete="new-password" data-autofocus {...form.getInputProps('password')} />
        <PasswordInput label={t('password.repeatNew')} autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
        <FormFooter problem={problem} saving={reset.isPending} submitLabel={t('settings.users.resetSubmit')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
