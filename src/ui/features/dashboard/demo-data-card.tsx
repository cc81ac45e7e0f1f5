// Offered on an empty database to users allowed to: load the demo institution Byen i Byen (demo).
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';

export function DemoDataCard() {
  const { t } = useTranslation();
  const loadDemo = useRpcMutation('system.loadDemo', {
    onSuccess: (result) => notifySuccess(t('dashboard.demo.loaded', { residences: result.residences, users: result.users })),
    onError: (error) => notifyError(error),
  });
  return (
    <Paper p="lg" radius="md" bg="var(--mantine-primary-color-light)" style={{ borderColor: 'var(--mantine-primary-color-light-hover)' }}>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ThemeIcon size={44} radius="md" aria-hidden>
          <IconSparkles size={24} stroke={1.6} />
        </ThemeIcon>
        <Stack gap="xs" style={{ flex: 1 }}>
          <Title order={2} size="h4">
            {t('dashboard.demo.title')}
          </Title>
          <Text size="sm">{t('dashboard.demo.body')}</Text>
          <Group>
            <Button onClick={() => loadDemo.mutate({})} loading={loadDemo.isPending}>
              {t('dashboard.demo.button')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
