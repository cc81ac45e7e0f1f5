// What a screen shows while its data loads, or when loading failed (with the server's message).
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function CenteredLoader({ fullPage = true }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : 240}>
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

interface LoadErrorProps {
  error: Error;
  onRetry?: () => void;
  fullPage?: boolean;
}

export function LoadError({ error, onRetry, fullPage = false }: LoadErrorProps) {
  const { t } = useTranslation();
  const alert = (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={t('errors.loadFailed')} maw={560} w="100%">
      <Stack gap="sm" align="flex-start">
        {error.message}
        {onRetry ? (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
  return fullPage ? <Center h="100vh" p="md">{alert}</Center> : alert;
}
