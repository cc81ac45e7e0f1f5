// Progression in the three effect dimensions: per dimension, the goals with two or more
// evaluations that moved forward, stayed the same or went back, as one stacked bar each, with
// the same figures in a table below (readable without the chart).
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../contract/areas/plan-overview';
import { EFFECT_DIMENSIONS } from '../../../contract/plan-terms';
import { formatInteger, formatPercent } from '../../format/numbers';
import { ChartCard } from './chart-card';
import { legendInSeriesOrder } from './legend-order';

export function EffectDimensionChart({ rows }: { rows: PlanOverview['byDimension'] }) {
  const { t } = useTranslation();
  const byKey = new Map(rows.map((row) => [row.dimension, row]));
  const data = EFFECT_DIMENSIONS.map((dimension) => {
    const row = byKey.get(dimension);
    const frem = row?.withProgression ?? 0;
    const tilbage = row?.withDecline ?? 0;
    const total = row?.evaluatedGoals ?? 0;
    return { dimension, label: t(`planOverview.dimensions.${dimension}`), frem, uaendret: Math.max(0, total - frem - tilbage), tilbage, total };
  });
  const empty = data.every((row) => row.total === 0);
  const series = [
    { name: 'frem', label: t('planOverview.overview.series.frem'), color: 'teal.6' },
    { name: 'uaendret', label: t('planOverview.overview.series.uaendret'), color: 'gray.5' },
    { name: 'tilbage', label: t('planOverview.overview.series.tilbage'), color: 'orange.6' },
  ] as const;
  return (
    <ChartCard
      title={t('planOverview.overview.byDimension')}
      description={t('planOverview.overview.byDimensionIntro')}
      empty={empty}
      emptyText={t('planOverview.overview.noProgression')}
      testId="chart-by-dimension"
    >
      <BarChart
        h={200}
        data={data}
        dataKey="label"
        type="stacked"
        orientation="vertical"
        yAxisProps={{ width: 190 }}
        valueFormatter={formatInteger}
        withLegend
        legendProps={legendInSeriesOrder(series)}
        series={[...series]}
      />
      <Table mt="md" verticalSpacing={6} aria-label={t('planOverview.overview.dimensionTable')} data-testid="dimension-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planOverview.overview.dimension')}</Table.Th>
            {series.map((item) => (
              <Table.Th key={item.name} ta="right">
                {item.label}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('planOverview.overview.evaluated')}</Table.Th>
            <Table.Th ta="right">{t('planOverview.overview.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((row) => (
            <Table.Tr key={row.dimension}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{formatInteger(row.frem)}</Table.Td>
              <Table.Td ta="right">{formatInteger(row.uaendret)}</Table.Td>
              <Table.Td ta="right">{formatInteger(row.tilbage)}</Table.Td>
              <Table.Td ta="right">{formatInteger(row.total)}</Table.Td>
              <Table.Td ta="right">{row.total ? formatPercent((row.frem / row.total) * 100) : t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ChartCard>
  );
}
