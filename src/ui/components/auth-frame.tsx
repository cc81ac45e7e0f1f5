// The calm frame around first start and login: Kerne's mark, a card, language and colour scheme.
import { Box, Center, Group, Paper, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLeaf } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColorSchemeMenu } from '../app/color-scheme-menu';
import { LANGUAGES, type Language } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

interface AuthFrameProps {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}

export function AuthFrame({ title, subtitle, width = 420, children }: AuthFrameProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)" style={{ backgroundImage: 'linear-gradient(180deg, var(--mantine-color-default-hover) 0%, transparent 320px)' }}>
      <Group justify="flex-end" p="md" gap="xs">
        <SegmentedControl
          size="xs"
          aria-label={t('userMenu.language')}
          value={language}
          onChange={(value) => void setLanguage(value as Language)}
          data={LANGUAGES.map((option) => ({ value: option, label: t(`languages.${option}`) }))}
        />
        <ColorSchemeMenu />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={width} gap="lg" mt="4vh">
          <Stack gap={6} align="center">
            <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
              <IconLeaf size={30} stroke={1.6} />
            </ThemeIcon>
            <Title order={1} size="h2" ta="center">
              {title}
            </Title>
            {subtitle ? (
              <Text c="dimmed" size="sm" ta="center" maw={380}>
                {subtitle}
              </Text>
            ) : null}
          </Stack>
          <Paper p="xl" radius="lg" shadow="sm">
            {children}
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {t('app.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
