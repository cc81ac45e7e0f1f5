// The provider's logo: preview, upload (PNG/JPEG up to 1 MB, sent as base64) and removal.
import { Button, Center, FileInput, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, type Provider } from '../../../contract/areas/settings';
import { notifyError, notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';
import { readFileBase64 } from './read-file-base64';

type LogoMime = (typeof LOGO_MIME_TYPES)[number];

function isLogoMime(type: string): type is LogoMime {
  return (LOGO_MIME_TYPES as readonly string[]).includes(type);
}

export function LogoCard({ provider, readOnly }: { provider: Provider; readOnly: boolean }) {
  const { t } = useTranslation();
  const [fileError, setFileError] = useState<string | null>(null);
  const setLogo = useRpcMutation('settings.setLogo', { onError: (error) => notifyError(error) });

  const upload = async (file: File | null) => {
    setFileError(null);
    if (!file) return;
    if (!isLogoMime(file.type)) return setFileError(t('settings.logo.wrongType'));
    if (file.size > LOGO_MAX_BYTES) return setFileError(t('settings.logo.tooLarge'));
    const base64 = await readFileBase64(file);
    await setLogo.mutateAsync({ mimeType: file.type, base64 });
    notifySuccess(t('settings.logo.uploaded'));
  };

  const remove = async () => {
    await setLogo.mutateAsync({ mimeType: null, base64: null });
    notifySuccess(t('settings.logo.removed'));
  };

  return (
    <Paper p="lg" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('settings.logo.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('settings.logo.description')}
          </Text>
        </div>
        <Center h={140} bg="var(--mantine-color-default-hover)" style={{ borderRadius: 'var(--mantine-radius-md)' }} data-testid="logo-preview">
          {provider.logoDataUrl ? (
            <Image src={provider.logoDataUrl} alt={t('settings.logo.alt')} mah={120} maw="90%" fit="contain" />
          ) : (
            <Stack gap={4} align="center">
              <IconPhoto size={32} stroke={1.4} color="var(--mantine-color-dimmed)" />
              <Text size="sm" c="dimmed">
                {t('settings.logo.none')}
              </Text>
            </Stack>
          )}
        </Center>
        {readOnly ? null : (
          <>
            <FileInput
              label={t('settings.logo.choose')}
              placeholder={t('settings.logo.placeholder')}
              accept={LOGO_MIME_TYPES.join(',')}
              leftSection={<IconUpload size={16} />}
              value={null}
              onChange={(file) => void upload(file).catch(() => undefined)}
              error={fileError}
              disabled={setLogo.isPending}
            />
            {provider.logoDataUrl ? (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove().catch(() => undefined)} loading={setLogo.isPending} w="fit-content">
                {t('settings.logo.remove')}
              </Button>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
