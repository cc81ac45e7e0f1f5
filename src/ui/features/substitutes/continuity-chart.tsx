// Continuity as a line per residence over ISO weeks (share in %, 0-100); weeks without substitute
// shifts are gaps, not zeros.
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { ContinuityWeek } from '../../../contract/areas/roster';
import { sortDanish } from '../../format/danish-sort';
import { ChartCard } from '../plan-overview/chart-card';
import { legendInSeriesOrder } from '../plan-overview/legend-order';

const COLORS = ['petrol.6', 'orange.6', 'grape.6', 'teal.6', 'red.6', 'indigo.6', 'lime.7', 'pink.6', 'cyan.7', 'yellow.7'];

export function ContinuityChart({ rows }: { rows: readonly ContinuityWeek[] }) {
  const { t } = useTranslation();
  const residences = sortDanish([...new Map(rows.map((row) => [row.residenceId, row.residenceName])).entries()], ([, name]) => name);
  const weekKeys = [...new Set(rows.map((row) => `${row.isoYear}-${String(row.isoWeek).padStart(2, '0')}`))].sort();
  const data = weekKeys.map((key) => {
    const point: Record<string, string | number | null> = { week: t('roster.week', { week: Number(key.slice(5)) }) };
    for (const [id] of residences) {
      const row = rows.find((candidate) => candidate.residenceId === id && `${candidate.isoYear}-${String(candidate.isoWeek).padStart(2, '0')}` === key);
      point[`r${id}`] = row?.share === null || row === undefined ? null : Math.round(row.share * 100);
    }
    return point;
  });
  const series = residences.map(([id, name], index) => ({ name: `r${id}`, label: name, color: COLORS[index % COLORS.length]! }));
  const hasData = rows.some((row) => row.share !== null);
  return (
    <ChartCard title={t('roster.substitutes.continuity.chartTitle')} description={t('roster.substitutes.continuity.chartHint')} empty={!hasData} emptyText={t('roster.substitutes.continuity.empty')} testId="continuity-chart">
      <LineChart
        h={280}
        data={data}
        dataKey="week"
        series={series}
        curveType="linear"
        connectNulls={false}
        withLegend
        legendProps={legendInSeriesOrder(series)}
        yAxisProps={{ domain: [0, 100], width: 56, ticks: [0, 25, 50, 75, 100] }}
        unit=" %"
        dotProps={{ r: 3 }}
      />
    </ChartCard>
  );
}
