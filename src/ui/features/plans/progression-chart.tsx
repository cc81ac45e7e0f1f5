// One goal's evaluations over time as a line chart: funktionsevneniveau on a reversed 0–4 axis (up
// is better) and, when scored, GAS −2…+2 on the right; then "start → nu" with the movement badge.
// The container names the goal and how many evaluations are plotted (data-points), for tests.
import { LineChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contract/areas/plans';
import { formatDate } from '../../format/dates';
import { MovementBadge } from './movement-badge';
import { shortText } from './plan-labels';

export function ProgressionChart({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  // A closing evaluation may carry no score: nothing to plot.
  const points = goal.evaluations.filter((evaluation) => evaluation.functionLevel !== null || evaluation.gas !== null).map((evaluation) => ({ date: formatDate(evaluation.date), functionLevel: evaluation.functionLevel, gas: evaluation.gas }));
  const withGas = points.some((point) => point.gas !== null);
  const withLevel = points.some((point) => point.functionLevel !== null);
  const series = [
    ...(withLevel ? [{ name: 'functionLevel', label: t('plan.chart.functionLevel'), color: 'petrol.6' }] : []),
    ...(withGas ? [{ name: 'gas', label: t('plan.chart.gas'), color: 'orange.6', yAxisId: 'right' }] : []),
  ];

  return (
    <Stack gap="xs" data-testid={`goal-chart-${goal.id}`} data-points={points.length} role="figure" aria-label={t('plan.chart.label', { text: shortText(goal.professionalText) })}>
      {points.length > 0 ? <Legend series={series} /> : null}
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.chart.none')}
        </Text>
      ) : (
        <LineChart
          h={190}
          data={points}
          dataKey="date"
          series={series}
          curveType="linear"
          connectNulls
          gridAxis="x"
          yAxisProps={{ domain: [0, 4], reversed: true, ticks: [0, 1, 2, 3, 4], interval: 0, allowDecimals: false, width: 28, hide: !withLevel, padding: { top: 8, bottom: 8 } }}
          withRightYAxis={withGas}
          rightYAxisProps={{ domain: [-2, 2], ticks: [-2, -1, 0, 1, 2], interval: 0, allowDecimals: false, width: 28, padding: { top: 8, bottom: 8 } }}
          xAxisProps={{ padding: { left: 16, right: 16 } }}
          dotProps={{ r: 4 }}
        />
      )}
      {points.length === 1 ? (
        <Text size="xs" c="dimmed">
          {t('plan.chart.one')}
        </Text>
      ) : null}
      <StartNow goal={goal} />
    </Stack>
  );
}

/** Which line is which, with the scale's direction: above the chart, so it never covers a point. */
function Legend({ series }: { series: { name: string; label: string; color: string }[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      {series.map((item) => (
        <Group key={item.name} gap={6} wrap="nowrap">
          <ColorSwatch color={`var(--mantine-color-${item.color.replace('.', '-')})`} size={10} withShadow={false} />
          <Text size="xs" c="dimmed">
            {item.name === 'gas' ? t('plan.chart.gasAxis') : t('plan.chart.functionAxis')}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

function StartNow({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const { progression: p } = goal;
  const parts = [
    p.startFunctionLevel !== null || p.currentFunctionLevel !== null ? `${t('plan.chart.functionShort')} ${p.startFunctionLevel ?? '–'} → ${p.currentFunctionLevel ?? '–'}` : null,
    p.startGas !== null || p.currentGas !== null ? `${t('plan.chart.gasShort')} ${signed(p.startGas)} → ${signed(p.currentGas)}` : null,
    p.startSupportNeed !== null || p.currentSupportNeed !== null ? `${t('plan.chart.supportShort')} ${p.startSupportNeed ?? '–'} → ${p.currentSupportNeed ?? '–'}` : null,
  ].filter(Boolean);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={500}>
        {t('plan.chart.startNow')}
      </Text>
      <MovementBadge movement={p.movement} testId={`goal-movement-${goal.id}`} />
      {parts.length ? (
        <Text size="sm" c="dimmed" data-testid={`goal-start-now-${goal.id}`}>
          {parts.join(' · ')}
        </Text>
      ) : null}
    </Group>
  );
}

export function signed(score: number | null): string {
  if (score === null) return '–';
  return score > 0 ? `+${score}` : String(score);
}
