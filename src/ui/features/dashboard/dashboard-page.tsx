// Oversigt: a welcome, the provider's residences, places and today's occupancy at a glance, the
// consents that need attention (for users who read citizens), deadlines and the plans' figures
// (for users who read plans), the roster's continuity and open shifts (for users who read rosters),
// and demo data on an empty start.
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowRight, IconBed, IconBuildingCommunity, IconDoorEnter, IconUserCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useCurrentUser } from '../../app/current-user';
import { routeHref } from '../../app/hash-route';
import { PageLayout } from '../../components/page-layout';
import { todayIso } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ConsentAttentionCard } from './consent-attention-card';
import { DeadlinesCard } from './deadlines-card';
import { DemoDataCard } from './demo-data-card';
import { PlacesCard } from './places-card';
import { PlanStatsRow } from './plan-stats-row';
import { RosterStatsRow } from './roster-stats-row';
import { StatCard } from './stat-card';

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canReadResidences = useCan('residences.read');
  const canLoadDemo = useCan('system.demo');
  const provider = useRpcQuery('settings.getProvider', {});
  const status = useRpcQuery('system.status', {});
  const canReadCitizens = useCan('citizens.read');
  const canReadPlans = useCan('plans.read');
  const canReadRoster = useCan('roster.read');
  const residences = useRpcQuery('residences.list', {}, { enabled: canReadResidences });
  const today = todayIso();
  const occupancy = useRpcQuery('residences.occupancy', { from: today, to: today }, { enabled: canReadResidences });
  const occupancyById = useMemo(() => (occupancy.data ? new Map(occupancy.data.map((row) => [row.residenceId, row])) : null), [occupancy.data]);

  const rows = residences.data ?? [];
  const places = rows.reduce((sum, row) => sum + row.places, 0);
  const occupied = (occupancy.data ?? []).reduce((sum, row) => sum + row.occupiedToday, 0);
  const free = (occupancy.data ?? []).reduce((sum, row) => sum + row.freeToday, 0);
  const dash = t('common.none');
  const showPlaces = canReadResidences && rows.length > 0;

  return (
    <PageLayout
      title={t('dashboard.welcome', { name: user.displayName.split(' ')[0] })}
      description={provider.data?.name ? t('dashboard.providerIntro', { provider: provider.data.name }) : t('dashboard.intro')}
    >
      {status.data && !status.data.hasData && canLoadDemo ? <DemoDataCard /> : null}
      <Stack gap="sm">
        {canReadResidences ? (
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
            <StatCard label={t('dashboard.residences')} value={residences.data ? formatInteger(rows.length) : dash} icon={<IconBuildingCommunity size={24} stroke={1.6} />} testId="stat-residences" />
            <StatCard label={t('dashboard.places')} value={residences.data ? formatInteger(places) : dash} icon={<IconBed size={24} stroke={1.6} />} testId="stat-places" />
            <StatCard
              label={t('dashboard.occupiedToday')}
              value={occupancy.data ? t('dashboard.occupiedOf', { occupied: formatInteger(occupied), places: formatInteger(places) }) : dash}
              icon={<IconUserCheck size={24} stroke={1.6} />}
              testId="stat-occupied"
            />
            <StatCard label={t('dashboard.freePlaces')} value={occupancy.data ? formatInteger(free) : dash} icon={<IconDoorEnter size={24} stroke={1.6} />} testId="stat-free" />
          </SimpleGrid>
        ) : null}
        {canReadPlans ? <PlanStatsRow /> : null}
        {canReadRoster ? <RosterStatsRow /> : null}
        {showPlaces || canReadCitizens ? (
          <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: 'start' }}>
            {showPlaces ? <PlacesCard residences={rows} occupancy={occupancyById} /> : null}
            {canReadCitizens ? <ConsentAttentionCard /> : null}
          </SimpleGrid>
        ) : null}
        {canReadPlans ? <DeadlinesCard /> : null}
        {canReadResidences || canReadCitizens || canReadPlans ? (
          <Group>
            {canReadResidences ? (
              <Button component="a" href={routeHref('botilbud')} variant="subtle" rightSection={<IconArrowRight size={16} />}>
                {t('dashboard.toResidences')}
              </Button>
            ) : null}
            {canReadCitizens ? (
              <Button component="a" href={routeHref('borgere')} variant="subtle" rightSection={<IconArrowRight size={16} />}>
                {t('dashboard.toCitizens')}
              </Button>
            ) : null}
            {canReadPlans ? (
              <Button component="a" href={routeHref('planer', 'ledelsesinformation')} variant="subtle" rightSection={<IconArrowRight size={16} />}>
                {t('planOverview.dashboard.toOverview')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </PageLayout>
  );
}
