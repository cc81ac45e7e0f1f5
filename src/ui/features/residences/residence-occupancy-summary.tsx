// One residence's occupancy today at the top of its panel: occupied of places, free, waiting.
import { Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { useRpcQuery } from '../../rpc/use-rpc';

export function ResidenceOccupancySummary({ residenceId }: { residenceId: number }) {
  const { t } = useTranslation();
  const today = todayIso();
  const occupancy = useRpcQuery('residences.occupancy', { from: today, to: today, residenceId });
  const row = occupancy.data?.find((candidate) => candidate.residenceId === residenceId);
  if (!row) return null;
  return (
    <Paper p="sm" radius="md" mb="md" bg="var(--mantine-color-default-hover)" withBorder={false} data-testid="residence-occupancy">
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Text size="sm" fw={500}>
          {t('occupancy.summary', {
            occupied: formatInteger(row.occupiedToday),
            places: formatInteger(row.places),
            free: formatInteger(row.freeToday),
            waiting: formatInteger(row.waiting),
          })}
        </Text>
      </Group>
      <Progress value={row.places ? (row.occupiedToday / row.places) * 100 : 0} size="sm" radius="xl" color={row.freeToday > 0 ? 'petrol' : 'orange'} aria-hidden />
    </Paper>
  );
}
