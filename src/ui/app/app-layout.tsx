// The signed-in frame: header (provider, colour scheme, user menu), the permission-filtered menu,
// and the current page.
import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ColorSchemeMenu } from './color-scheme-menu';
import { useCurrentUser } from './current-user';
import { useHashRoute } from './hash-route';
import { visibleNavItems } from './nav-items';
import { PageOutlet } from './page-outlet';
import { ProviderBrand } from './provider-brand';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const route = useHashRoute();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const items = visibleNavItems(user.permissions);
  const current = route[0] ?? 'oversigt';

  useEffect(close, [current, close]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNav')} />
            <ProviderBrand />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navLabel')}>
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <NavLink
              key={item.key}
              component="a"
              href={`#/${item.path}`}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={current === item.path}
              aria-current={current === item.path ? 'page' : undefined}
              mb={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pt="sm">
            {t('app.name')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <PageOutlet route={route} />
      </AppShell.Main>
    </AppShell>
  );
}
