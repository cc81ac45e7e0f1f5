// Vagtplan (`#/vagtplan/<residenceId>/<uge|4-uger|opsaetning>/<yyyy-mm-dd>`): a residence's roster
// for a week or 4 weeks, and its setup (shift types, staffing need, basisplan).
import { Select, Tabs, Text } from '@mantine/core';
import { IconCalendarWeek, IconLayoutGrid, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../components/page-layout';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { RosterSetupTab } from '../roster-setup/roster-setup-tab';
import { RosterPeriodView } from './roster-period-view';
import { parseRosterRoute, ROSTER_TABS, rosterHref, type RosterRoute } from './roster-route';

const TAB_ICONS = { week: IconCalendarWeek, fourWeeks: IconLayoutGrid, setup: IconSettings } as const;

export function RosterPage({ route }: { route: string[] }) {
  const { t } = useTranslation();
  const parsed = parseRosterRoute(route);
  const residences = useResidenceOptions();
  // Without a residence in the route, the first one in Danish order.
  const residenceId = parsed.residenceId ?? (residences.options[0] ? Number(residences.options[0].value) : null);
  const go = (next: Partial<RosterRoute>) => {
    window.location.hash = rosterHref({ ...parsed, residenceId, ...next });
  };

  return (
    <PageLayout
      title={t('roster.title')}
      description={t('roster.description')}
      actions={
        <Select
          label={t('roster.residence')}
          data={residences.options}
          value={residenceId === null ? null : String(residenceId)}
          onChange={(value) => value && go({ residenceId: Number(value) })}
          allowDeselect={false}
          searchable
          w={280}
        />
      }
    >
      {residenceId === null ? (
        <Text c="dimmed">{residences.loading ? t('common.loading') : t('roster.chooseResidence')}</Text>
      ) : (
        <Tabs value={parsed.tab.path} onChange={(value) => go({ tab: ROSTER_TABS.find((tab) => tab.path === value) ?? ROSTER_TABS[0] })} keepMounted={false}>
          <Tabs.List mb="lg">
            {ROSTER_TABS.map((tab) => {
              const Icon = TAB_ICONS[tab.key];
              return (
                <Tabs.Tab key={tab.path} value={tab.path} leftSection={<Icon size={16} stroke={1.6} />}>
                  {t(`roster.tabs.${tab.key}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {ROSTER_TABS.map((tab) => (
            <Tabs.Panel key={tab.path} value={tab.path}>
              {tab.weeks === 0 ? (
                <RosterSetupTab residenceId={residenceId} />
              ) : (
                <RosterPeriodView
                  residenceId={residenceId}
                  residenceName={residences.nameOf(residenceId)}
                  monday={parsed.monday}
                  weeks={tab.weeks}
                  onMonday={(monday) => go({ monday })}
                />
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </PageLayout>
  );
}
