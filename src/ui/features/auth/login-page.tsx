// Login: username and password; the server's own message on failure (wrong password, locked account).
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthFrame } from '../../components/auth-frame';
import { FormAlert } from '../../components/form-alert';
import { queryClient } from '../../rpc/query-client';
import { takeSessionEndReason } from '../../rpc/session-token';
import { rpcQueryKey, useRpcMutation } from '../../rpc/use-rpc';

interface LoginPageProps {
  providerName: string | null;
  initialUsername: string;
}

export function LoginPage({ providerName, initialUsername }: LoginPageProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [sessionEnded] = useState(takeSessionEndReason);
  const form = useForm({
    initialValues: { username: initialUsername, password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('login.usernameMissing')),
      password: (value) => (value ? null : t('login.passwordMissing')),
    },
  });
  const login = useRpcMutation('auth.login', {
    onSuccess: ({ user }) => queryClient.setQueryData(rpcQueryKey('auth.me', {}), user),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      // The client stores the session token; the gate then shows the app.
      await login.mutateAsync(values);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <AuthFrame title={t('login.title')} subtitle={providerName ?? t('login.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {sessionEnded && !problem ? (
            <Alert variant="light" color="yellow" icon={<IconInfoCircle />}>
              {sessionEnded}
            </Alert>
          ) : null}
          <TextInput label={t('login.username')} autoComplete="username" autoFocus={!initialUsername} {...form.getInputProps('username')} />
          <PasswordInput label={t('login.password')} autoComplete="current-password" autoFocus={Boolean(initialUsername)} {...form.getInputProps('password')} />
          <FormAlert message={problem} title={t('login.failed')} />
          <Button type="submit" loading={login.isPending} fullWidth mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
