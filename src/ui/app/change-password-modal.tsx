// Changing one's own password (auth.changePassword), typed twice; a wrong current password lands on its field.
import { Modal, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../contract';
import { useServerSubmit } from '../components/form-errors';
import { FormFooter } from '../components/form-footer';
import { notifySuccess } from '../components/notify';
import { withRepeatCheck } from '../components/password-check';
import { useRpcMutation } from '../rpc/use-rpc';

const schema = contract['auth.changePassword'].input;

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: withRepeatCheck(schemaResolver(schema, { sync: true }), 'newPassword', 'repeatPassword', () => t('password.mismatch')),
  });
  const change = useRpcMutation('auth.changePassword');

  const { submit, problem, clearProblem } = useServerSubmit(form, async ({ currentPassword, newPassword }) => {
    await change.mutateAsync({ currentPassword, newPassword });
    notifySuccess(t('password.changed'));
    close();
  });

  const close = () => {
    form.reset();
    clearProblem();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('password.changeTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput label={t('password.current')} autoComplete="current-password" data-autofocus {...form.getInputProps('currentPassword')} />
          <PasswordInput label={t('password.new')} description={t('password.hint')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('password.repeatNew')} autoComplete="new-password" {...form.getInputProps('repeatPassword')} />
          <FormFooter problem={problem} saving={change.isPending} submitLabel={t('password.changeSubmit')} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
