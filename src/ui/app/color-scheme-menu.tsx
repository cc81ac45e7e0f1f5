// Light, dark or follow the system; Mantine remembers the choice in localStorage.
import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const OPTIONS = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
] as const satisfies readonly { value: MantineColorScheme; icon: unknown }[];

export function ColorSchemeMenu() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const CurrentIcon = OPTIONS.find((option) => option.value === colorScheme)?.icon ?? IconDeviceDesktop;
  return (
    <Menu position="bottom-end" width={200}>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={t('colorScheme.label')}>
          <CurrentIcon size={18} stroke={1.6} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('colorScheme.label')}</Menu.Label>
        {OPTIONS.map((option) => (
          <Menu.Item
            key={option.value}
            leftSection={<option.icon size={16} stroke={1.6} />}
            rightSection={colorScheme === option.value ? <IconCheck size={14} /> : null}
            onClick={() => setColorScheme(option.value)}
          >
            {t(`colorScheme.${option.value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
