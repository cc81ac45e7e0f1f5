// The header's left side: Kerne's mark, the provider's logo if set, and the provider's name.
import { Group, Image, Text, ThemeIcon } from '@mantine/core';
import { IconLeaf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../rpc/use-rpc';

export function ProviderBrand() {
  const { t } = useTranslation();
  const provider = useRpcQuery('settings.getProvider', {});
  const name = provider.data?.name;
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      {provider.data?.logoDataUrl ? (
        <Image src={provider.data.logoDataUrl} alt={t('settings.logo.alt')} h={32} w="auto" fit="contain" />
      ) : (
        <ThemeIcon variant="light" size={34} radius="md" aria-hidden>
          <IconLeaf size={20} stroke={1.7} />
        </ThemeIcon>
      )}
      <div style={{ minWidth: 0 }}>
        <Text fw={600} size="md" lh={1.2} truncate data-testid="provider-name">
          {name || t('app.name')}
        </Text>
        {name ? (
          <Text size="xs" c="dimmed" lh={1.2}>
            {t('app.name')}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}
