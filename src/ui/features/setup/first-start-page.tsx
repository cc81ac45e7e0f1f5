// First start: create the first administrator (and optionally the demo institution), then log in.
import { Button, Checkbox, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import { AuthFrame } from '../../components/auth-frame';
import { useServerSubmit } from '../../components/form-errors';
import { FormAlert } from '../../components/form-alert';
import { notifySuccess } from '../../components/notify';
import { withRepeatCheck } from '../../components/password-check';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['system.setup'].input;

export function FirstStartPage({ onDone }: { onDone: (username: string) => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { username: '', displayName: '', password: '', repeatPassword: '', loadDemo: true },
    validate: withRepeatCheck(schemaResolver(schema, { sync: true }), 'password', 'repeatPassword', () => t('password.mismatch')),
  });
  const setup = useRpcMutation('system.setup');

  const { submit, problem } = useServerSubmit(form, async ({ username, displayName, password, loadDemo }) => {
    await setup.mutateAsync({ username, displayName, password, loadDemo });
    notifySuccess(loadDemo ? t('setup.doneWithDemo') : t('setup.done'));
    onDone(username.trim().toLowerCase());
  });

  return (
    <AuthFrame title={t('setup.title')} subtitle={t('setup.intro')} width={480}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('setup.username')} description={t('setup.usernameHint')} autoComplete="username" autoFocus withAsterisk {...form.getInputProps('username')} />
          <TextInput label={t('setup.displayName')} autoComplete="name" withAsterisk {...form.getInputProps('displayName')} />
          <PasswordInput label={t('setup.password')} description={t('password.hint')} autoComplete="new-password" withAsterisk {...form.getInputProps('password')} />
          <PasswordInput label={t('setup.repeatPassword')} autoComplete="new-password" withAsterisk {...form.getInputProps('repeatPassword')} />
          <Checkbox label={t('setup.loadDemo')} description={t('setup.loadDemoHint')} {...form.getInputProps('loadDemo', { type: 'checkbox' })} />
          <FormAlert message={problem} />
          <Button type="submit" loading={setup.isPending} fullWidth mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
