// Planer (`#/planer/frister`, `#/planer/ledelsesinformation`): deadlines across citizens and the
// management information on goals, one tab each.
import { Tabs } from '@mantine/core';
import { IconAlarm, IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/hash-route';
import { PageLayout } from '../../components/page-layout';
import { DeadlinesTab } from './deadlines-tab';
import { OverviewTab } from './overview-tab';

const TABS = [
  { path: 'frister', key: 'deadlines', icon: IconAlarm, Panel: DeadlinesTab },
  { path: 'ledelsesinformation', key: 'overview', icon: IconChartBar, Panel: OverviewTab },
] as const;

export function PlansPage({ route }: { route: string[] }) {
  const { t } = useTranslation();
  const active = TABS.find((tab) => tab.path === route[0]) ?? TABS[0];
  return (
    <PageLayout title={t('planOverview.title')} description={t('planOverview.description')}>
      <Tabs value={active.path} onChange={(value) => value && navigate('planer', value)} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path} leftSection={<tab.icon size={16} stroke={1.6} />}>
              {t(`planOverview.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.path} value={tab.path}>
            <tab.Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </PageLayout>
  );
}
