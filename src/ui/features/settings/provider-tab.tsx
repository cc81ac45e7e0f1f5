// Tilbud: the provider's details (name, CVR, address, contact) and logo; read-only without settings.write.
import { Alert, Grid } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { useRpcQuery } from '../../rpc/use-rpc';
import { LogoCard } from './logo-card';
import { ProviderForm } from './provider-form';

export function ProviderTab() {
  const { t } = useTranslation();
  const canWrite = useCan('settings.write');
  const provider = useRpcQuery('settings.getProvider', {});

  if (provider.isPending) return <CenteredLoader fullPage={false} />;
  if (provider.isError) return <LoadError error={provider.error} onRetry={() => void provider.refetch()} />;

  return (
    <>
      {canWrite ? null : (
        <Alert variant="light" icon={<IconInfoCircle />} mb="lg">
          {t('settings.provider.readOnly')}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ProviderForm provider={provider.data} readOnly={!canWrite} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <LogoCard provider={provider.data} readOnly={!canWrite} />
        </Grid.Col>
      </Grid>
    </>
  );
}
