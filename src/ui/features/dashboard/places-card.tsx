// The provider's residences at a glance: occupied of places today per residence (or just the
// places while occupancy is unknown), fullest first, each a link to it.
import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Occupancy, Residence } from '../../../contract/areas/residences';
import { routeHref } from '../../app/hash-route';
import { compareDanish } from '../../format/danish-sort';

interface PlacesCardProps {
  residences: Residence[];
  occupancy: ReadonlyMap<number, Occupancy> | null;
}

export function PlacesCard({ residences, occupancy }: PlacesCardProps) {
  const { t } = useTranslation();
  const share = (row: Residence) => (occupancy?.get(row.id)?.occupiedToday ?? 0) / Math.max(1, row.places);
  const rows = [...residences].sort((a, b) => (occupancy ? share(b) - share(a) : b.places - a.places) || compareDanish(a.name, b.name));
  const most = Math.max(1, ...rows.map((row) => row.places));
  return (
    <Paper p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        {occupancy ? t('dashboard.occupancyPerResidence') : t('dashboard.placesPerResidence')}
      </Title>
      <Stack gap="sm">
        {rows.map((row) => {
          const today = occupancy?.get(row.id);
          return (
            <div key={row.id}>
              <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
                <Anchor href={routeHref('botilbud', row.id)} size="sm" fw={500} c="inherit" truncate>
                  {row.name}
                </Anchor>
                <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                  {today ? t('dashboard.occupancyLine', { occupied: today.occupiedToday, places: row.places }) : t('dashboard.placesCount', { count: row.places })}
                </Text>
              </Group>
              <Progress
                value={today ? share(row) * 100 : (row.places / most) * 100}
                color={today && today.freeToday === 0 ? 'orange' : undefined}
                size="sm"
                radius="xl"
                aria-hidden
              />
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
