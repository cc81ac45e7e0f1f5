// The provider's residences at a glance: places per residence, largest first, each a link to it.
import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Residence } from '../../../contract/areas/residences';
import { routeHref } from '../../app/hash-route';
import { compareDanish } from '../../format/danish-sort';

export function PlacesCard({ residences }: { residences: Residence[] }) {
  const { t } = useTranslation();
  const rows = [...residences].sort((a, b) => b.places - a.places || compareDanish(a.name, b.name));
  const most = Math.max(1, ...rows.map((row) => row.places));
  return (
    <Paper p="lg" radius="md">
      <Title order={2} size="h4" mb="md">
        {t('dashboard.placesPerResidence')}
      </Title>
      <Stack gap="sm">
        {rows.map((row) => (
          <div key={row.id}>
            <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
              <Anchor href={routeHref('botilbud', row.id)} size="sm" fw={500} c="inherit" truncate>
                {row.name}
              </Anchor>
              <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                {t('dashboard.placesCount', { count: row.places })}
              </Text>
            </Group>
            <Progress value={(row.places / most) * 100} size="sm" radius="xl" aria-hidden />
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
