// Borgere: search and filters over the server-paged citizen list, and "Opret borger".
import { Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { navigate } from '../../app/hash-route';
import { LoadError } from '../../components/load-state';
import { PageLayout } from '../../components/page-layout';
import { useRpcQuery } from '../../rpc/use-rpc';
import { CitizenCreateDrawer } from './citizen-create-drawer';
import { CitizenFilterBar } from './citizen-filter-bar';
import { hasFilters, rememberedListState, rememberListState, toListInput, type CitizenListState } from './citizen-filters';
import { CitizensTable } from './citizens-table';

export function CitizensListPage({ creating }: { creating: boolean }) {
  const { t } = useTranslation();
  const canCreate = useCan('citizens.write');
  const [state, setState] = useState<CitizenListState>(rememberedListState);
  const [search] = useDebouncedValue(state.search.trim(), 300);
  const list = useRpcQuery('citizens.list', toListInput(state, search), { placeholderData: keepPreviousData });

  const update = (patch: Partial<CitizenListState>) => {
    // A new filter or sort starts at the first page; turning pages keeps the rest.
    const next = { ...state, ...patch, page: patch.page ?? 1 };
    setState(next);
    rememberListState(next);
  };

  return (
    <PageLayout
      title={t('citizens.title')}
      description={t('citizens.description')}
      actions={
        canCreate ? (
          <Button onClick={() => navigate('borgere', 'ny')} leftSection={<IconPlus size={16} />}>
            {t('citizens.create')}
          </Button>
        ) : null
      }
    >
      <CitizenFilterBar value={state} onChange={update} />
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CitizensTable
          rows={list.data?.rows ?? []}
          total={list.data?.total ?? 0}
          page={state.page}
          sort={state.sort}
          descending={state.descending}
          fetching={list.isFetching}
          emptyText={hasFilters(state) ? t('citizens.emptySearch') : t('citizens.empty')}
          onPageChange={(page) => update({ page })}
          onSortChange={(sort, descending) => update({ sort, descending })}
          onOpen={(row) => navigate('borgere', row.id)}
        />
      )}
      {canCreate ? <CitizenCreateDrawer opened={creating} onClose={() => navigate('borgere')} /> : null}
    </PageLayout>
  );
}
