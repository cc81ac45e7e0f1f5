// The user's own menu: who is signed in and with which role, language, colour scheme, password, log out.
import { Avatar, Group, Menu, Text, UnstyledButton, useMantineColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown, IconKey, IconLanguage, IconLogout, IconPalette } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';
import { call } from '../rpc/client';
import { setSessionToken } from '../rpc/session-token';
import { ChangePasswordModal } from './change-password-modal';
import { useCurrentUser } from './current-user';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { language, setLanguage } = useLanguage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [passwordOpen, passwordModal] = useDisclosure(false);

  const logOut = async () => {
    notifications.clean();
    await call('auth.logout').catch(() => setSessionToken(null));
    // The next person to log in starts at the overview, not on this user's last page.
    history.replaceState(null, '', window.location.pathname);
  };

  return (
    <>
      <Menu position="bottom-end" width={240}>
        <Menu.Target>
          <UnstyledButton aria-label={t('userMenu.open')} px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="petrol" radius="xl" size={34}>
                {initials(user.displayName)}
              </Avatar>
              <div style={{ lineHeight: 1.1 }}>
                <Text size="sm" fw={500} visibleFrom="xs">
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed" visibleFrom="xs">
                  {t(`roles.${user.role}`)}
                </Text>
              </div>
              <IconChevronDown size={14} stroke={1.6} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {user.displayName} · {user.username}
          </Menu.Label>
          <Menu.Divider />
          <Menu.Label>{t('userMenu.language')}</Menu.Label>
          {LANGUAGES.map((option) => (
            <Menu.Item
              key={option}
              leftSection={<IconLanguage size={16} stroke={1.6} />}
              rightSection={language === option ? <IconCheck size={14} /> : null}
              onClick={() => void setLanguage(option)}
              lang={option}
            >
              {t(`languages.${option}`)}
            </Menu.Item>
          ))}
          <Menu.Label>{t('colorScheme.label')}</Menu.Label>
          {(['light', 'dark', 'auto'] as const).map((option) => (
            <Menu.Item
              key={option}
              leftSection={<IconPalette size={16} stroke={1.6} />}
              rightSection={colorScheme === option ? <IconCheck size={14} /> : null}
              onClick={() => setColorScheme(option)}
            >
              {t(`colorScheme.${option}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} stroke={1.6} />} onClick={passwordModal.open}>
            {t('userMenu.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} stroke={1.6} />} onClick={() => void logOut()}>
            {t('userMenu.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpen} onClose={passwordModal.close} />
    </>
  );
}
