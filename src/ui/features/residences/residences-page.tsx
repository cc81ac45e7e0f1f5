// Botilbud: search, show archived, the occupancy period, the list, and the side panel to create or edit one.
import { Button, Group, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useCurrentUser } from '../../app/current-user';
import { navigate } from '../../app/hash-route';
import { LoadError } from '../../components/load-state';
import { PageLayout } from '../../components/page-layout';
import { currentMonthRange } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { useRpcQuery } from '../../rpc/use-rpc';
import { OccupancyPeriodInput, type Period } from './occupancy-period-input';
import { ResidenceDrawer } from './residence-drawer';
import { ResidencesTable } from './residences-table';

function drawerTarget(segment: string | undefined): 'new' | number | null {
  if (segment === 'ny') return 'new';
  const id = Number(segment);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function ResidencesPage({ route }: { route: string[] }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canCreate = useCan('residences.write') && user.residenceIds === null;
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const list = useRpcQuery('residences.list', { search: debouncedSearch || null, includeArchived }, { placeholderData: keepPreviousData });
  const [period, setPeriod] = useState<Period>(currentMonthRange);
  const [from, to] = period;
  const occupancy = useRpcQuery('residences.occupancy', { from: from ?? '', to: to ?? '' }, { enabled: Boolean(from && to), placeholderData: keepPreviousData });
  const occupancyById = useMemo(() => (occupancy.data ? new Map(occupancy.data.map((row) => [row.residenceId, row])) : null), [occupancy.data]);

  const rows = list.data ?? [];
  const active = rows.filter((row) => row.archivedAt === null);
  const places = active.reduce((sum, row) => sum + row.places, 0);

  return (
    <PageLayout
      title={t('residences.title')}
      description={t('residences.description')}
      actions={
        canCreate ? (
          <Button onClick={() => navigate('botilbud', 'ny')} leftSection={<IconPlus size={16} />}>
            {t('residences.create')}
          </Button>
        ) : null
      }
    >
      <Group justify="space-between" align="flex-end" gap="md">
        <Group align="flex-end" gap="lg">
          <TextInput
            label={t('residences.searchLabel')}
            placeholder={t('residences.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={320}
          />
          <OccupancyPeriodInput value={period} onChange={setPeriod} />
          <Switch label={t('residences.showArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} mb={8} />
        </Group>
        {list.data ? (
          <Text size="sm" c="dimmed" mb={8} data-testid="residences-summary">
            {t('residences.summary', { count: active.length, places: formatInteger(places) })}
            {rows.length > active.length ? ` · ${t('residences.archivedCount', { count: rows.length - active.length })}` : null}
          </Text>
        ) : null}
      </Group>

      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ResidencesTable
          rows={rows}
          fetching={list.isFetching && !list.data}
          emptyText={debouncedSearch ? t('residences.emptySearch') : t('residences.empty')}
          occupancy={occupancyById}
          onOpen={(residence) => navigate('botilbud', residence.id)}
        />
      )}

      <ResidenceDrawer target={drawerTarget(route[0])} onClose={() => navigate('botilbud')} />
    </PageLayout>
  );
}
