// Ledelsesinformation (`#/planer/ledelsesinformation`): plans.overview for a chosen year and
// residence: the four figures, goals per residence and per theme, and the effect dimensions.
import { Group, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { useRpcQuery } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { EffectDimensionChart } from './effect-dimension-chart';
import { GoalsByResidenceChart, GoalsByThemeChart } from './goals-charts';
import { PlanStatCards } from './plan-stat-cards';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 5 }, (_, index) => String(thisYear - index));

export function OverviewTab() {
  const { t } = useTranslation();
  const residences = useResidenceOptions();
  const [year, setYear] = useState(String(thisYear));
  const [residenceId, setResidenceId] = useState<string | null>(null);
  const overview = useRpcQuery('plans.overview', { year: Number(year), residenceId: residenceId ? Number(residenceId) : null }, { placeholderData: keepPreviousData });
  const data = overview.data;

  return (
    <Stack gap="md">
      <Paper p="lg" radius="md">
        <SectionHeader title={t('planOverview.tabs.overview')} description={t('planOverview.overview.intro')} />
        <Group gap="sm" align="flex-end">
          <Select label={t('planOverview.overview.year')} data={YEARS} value={year} onChange={(next) => next && setYear(next)} allowDeselect={false} w={120} />
          {residences.options.length > 1 ? (
            <Select
              label={t('planOverview.overview.residence')}
              placeholder={t('planOverview.overview.anyResidence')}
              data={residences.options}
              value={residenceId}
              onChange={setResidenceId}
              clearable
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              w={{ base: '100%', xs: 260 }}
            />
          ) : null}
        </Group>
      </Paper>
      {overview.isError ? <LoadError error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      <PlanStatCards totals={data?.totals} />
      {data ? (
        <>
          <EffectDimensionChart rows={data.byDimension} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: 'start' }}>
            <GoalsByResidenceChart rows={data.byResidence} />
            <GoalsByThemeChart rows={data.byTheme} />
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
