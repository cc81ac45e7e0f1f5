// Goals per residence and per FFB theme as bar charts: active, reached this year, and (per
// residence) overdue follow-ups.
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../contract/areas/plan-overview';
import { compareDanish } from '../../format/danish-sort';
import { formatInteger } from '../../format/numbers';
import { ChartCard } from './chart-card';
import { legendInSeriesOrder } from './legend-order';

const chartHeight = (rows: number) => Math.max(160, rows * 34 + 60);

export function GoalsByResidenceChart({ rows }: { rows: PlanOverview['byResidence'] }) {
  const { t } = useTranslation();
  const data = [...rows].sort((a, b) => compareDanish(a.residenceName, b.residenceName));
  const series = [
    { name: 'activeGoals', label: t('planOverview.overview.series.activeGoals'), color: 'petrol.6' },
    { name: 'reachedThisYear', label: t('planOverview.overview.series.reachedThisYear'), color: 'teal.5' },
    { name: 'overdueFollowUps', label: t('planOverview.overview.series.overdueFollowUps'), color: 'red.5' },
  ];
  return (
    <ChartCard title={t('planOverview.overview.byResidence')} empty={!data.length} emptyText={t('planOverview.overview.noData')} testId="chart-by-residence">
      <BarChart
        h={chartHeight(data.length)}
        data={data}
        dataKey="residenceName"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        valueFormatter={formatInteger}
        withLegend
        legendProps={legendInSeriesOrder(series)}
        series={series}
      />
    </ChartCard>
  );
}

export function GoalsByThemeChart({ rows }: { rows: PlanOverview['byTheme'] }) {
  const { t } = useTranslation();
  const data = [...rows].filter((row) => row.activeGoals + row.reachedThisYear > 0).sort((a, b) => b.activeGoals - a.activeGoals || compareDanish(a.themeLabel, b.themeLabel));
  const series = [
    { name: 'activeGoals', label: t('planOverview.overview.series.activeGoals'), color: 'petrol.6' },
    { name: 'reachedThisYear', label: t('planOverview.overview.series.reachedThisYear'), color: 'teal.5' },
  ];
  return (
    <ChartCard title={t('planOverview.overview.byTheme')} empty={!data.length} emptyText={t('planOverview.overview.noData')} testId="chart-by-theme">
      <BarChart
        h={chartHeight(data.length)}
        data={data}
        dataKey="themeLabel"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        valueFormatter={formatInteger}
        withLegend
        legendProps={legendInSeriesOrder(series)}
        series={series}
      />
    </ChartCard>
  );
}
