// Indstillinger: the provider, users, legal bases, the FFB themes' effect dimensions and the
// roster's working time and supplements, each tab shown only to roles that may see it.
import { Tabs } from '@mantine/core';
import { IconBuilding, IconChartArrows, IconClockHour4, IconGavel, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../contract';
import { useCurrentUser } from '../../app/current-user';
import { navigate } from '../../app/hash-route';
import { PageLayout } from '../../components/page-layout';
import { NoAccessPage } from '../coming-soon/status-pages';
import { EffectMappingTab } from './effect-mapping-tab';
import { LegalBasesTab } from './legal-bases-tab';
import { ProviderTab } from './provider-tab';
import { UsersTab } from './users-tab';
import { WorkingTimeTab } from './working-time-tab';

const TABS = [
  { path: 'tilbud', key: 'provider', icon: IconBuilding, permission: 'settings.read', Panel: ProviderTab },
  { path: 'brugere', key: 'users', icon: IconUsers, permission: 'users.manage', Panel: UsersTab },
  { path: 'lovgrundlag', key: 'legalBases', icon: IconGavel, permission: 'residences.read', Panel: LegalBasesTab },
  { path: 'effektdimensioner', key: 'effectDimensions', icon: IconChartArrows, permission: 'settings.write', Panel: EffectMappingTab },
  // Read by every roster user (read-only without settings.write): the limits their shifts are checked against.
  { path: 'arbejdstid', key: 'workingTime', icon: IconClockHour4, permission: 'roster.read', Panel: WorkingTimeTab },
] as const satisfies readonly { path: string; key: string; permission: Permission; icon: unknown; Panel: unknown }[];

export function SettingsPage({ route }: { route: string[] }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const tabs = TABS.filter((tab) => user.permissions.includes(tab.permission));
  const active = tabs.find((tab) => tab.path === route[0]) ?? tabs[0];
  if (!active) return <NoAccessPage />;

  return (
    <PageLayout title={t('settings.title')} description={t('settings.description')}>
      <Tabs value={active.path} onChange={(value) => value && navigate('indstillinger', value)} keepMounted={false}>
        <Tabs.List mb="lg">
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path} leftSection={<tab.icon size={16} stroke={1.6} />}>
              {t(`settings.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.path} value={tab.path}>
            <tab.Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </PageLayout>
  );
}
