// Progression in the three effect dimensions: per dimension, the goals with two or more
// evaluations that moved forward, stayed the same or went back, as one stacked bar each.
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../contract/areas/plan-overview';
import { EFFECT_DIMENSIONS } from '../../../contract/plan-terms';
import { formatInteger } from '../../format/numbers';
import { ChartCard } from './chart-card';

export function EffectDimensionChart({ rows }: { rows: PlanOverview['byDimension'] }) {
  const { t } = useTranslation();
  const byKey = new Map(rows.map((row) => [row.dimension, row]));
  const data = EFFECT_DIMENSIONS.map((dimension) => {
    const row = byKey.get(dimension);
    const frem = row?.withProgression ?? 0;
    const tilbage = row?.withDecline ?? 0;
    return { label: t(`planOverview.dimensions.${dimension}`), frem, uaendret: Math.max(0, (row?.evaluatedGoals ?? 0) - frem - tilbage), tilbage };
  });
  const empty = data.every((row) => row.frem + row.uaendret + row.tilbage === 0);
  return (
    <ChartCard
      title={t('planOverview.overview.byDimension')}
      description={t('planOverview.overview.byDimensionIntro')}
      empty={empty}
      emptyText={t('planOverview.overview.noProgression')}
      testId="chart-by-dimension"
    >
      <BarChart
        h={220}
        data={data}
        dataKey="label"
        type="stacked"
        orientation="vertical"
        yAxisProps={{ width: 180 }}
        valueFormatter={formatInteger}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        series={[
          { name: 'frem', label: t('planOverview.overview.series.frem'), color: 'teal.6' },
          { name: 'uaendret', label: t('planOverview.overview.series.uaendret'), color: 'gray.5' },
          { name: 'tilbage', label: t('planOverview.overview.series.tilbage'), color: 'orange.6' },
        ]}
      />
    </ChartCard>
  );
}
