// Vikarer (`#/vikarer/<ledige-vagter|kontinuitet|timer|tilsynsbog>`): the pool's open shifts across
// residences, continuity per residence and week, hours and payroll, and the tilsynsbog.
import { Tabs } from '@mantine/core';
import { IconCalendarX, IconChartLine, IconClockHour4, IconNotebook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/hash-route';
import { PageLayout } from '../../components/page-layout';
import { ContinuityTab } from './continuity-tab';
import { HoursTab } from './hours-tab';
import { OpenShiftsTab } from './open-shifts-tab';
import { TilsynsbogTab } from './tilsynsbog-tab';

const TABS = [
  { path: 'ledige-vagter', key: 'open', icon: IconCalendarX, Panel: OpenShiftsTab },
  { path: 'kontinuitet', key: 'continuity', icon: IconChartLine, Panel: ContinuityTab },
  { path: 'timer', key: 'hours', icon: IconClockHour4, Panel: HoursTab },
  { path: 'tilsynsbog', key: 'tilsynsbog', icon: IconNotebook, Panel: TilsynsbogTab },
] as const;

export function SubstitutesPage({ route }: { route: string[] }) {
  const { t } = useTranslation();
  const active = TABS.find((tab) => tab.path === route[0]) ?? TABS[0];
  return (
    <PageLayout title={t('roster.substitutes.title')} description={t('roster.substitutes.description')}>
      <Tabs value={active.path} onChange={(value) => value && navigate('vikarer', value)} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path} leftSection={<tab.icon size={16} stroke={1.6} />}>
              {t(`roster.substitutes.tabs.${tab.key}`)}
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
