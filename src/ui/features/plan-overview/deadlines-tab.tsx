// Frister (`#/planer/frister`): plans.deadlines across the citizens the user may see, oldest
// first, overdue rows in red, the due date's ISO week, the citizen linked to their plan; 25 a page.
import { Anchor, Paper, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../contract/areas/plans';
import { routeHref } from '../../app/hash-route';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate, isoWeekNumber } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { DeadlineFilterBar } from './deadline-filter-bar';
import { DEFAULT_DEADLINE_FILTERS, toDeadlinesInput, type DeadlineFilterValues } from './deadline-filters';
import { DeadlineStateBadge } from './deadline-state-badge';

const PAGE_SIZE = 25;
const rowKey = (row: Deadline) => `${row.kind}-${row.citizenId}-${row.goalId ?? ''}-${row.dueDate}`;

export function DeadlinesTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<DeadlineFilterValues>(DEFAULT_DEADLINE_FILTERS);
  const [page, setPage] = useState(1);
  const deadlines = useRpcQuery('plans.deadlines', toDeadlinesInput(filters));
  const rows = deadlines.data ?? [];
  const overdue = rows.filter((row) => row.state === 'overskredet').length;
  const dash = t('common.none');
  const changeFilters = (next: DeadlineFilterValues) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <Paper p="lg" radius="md">
      <SectionHeader title={t('planOverview.tabs.deadlines')} description={t('planOverview.deadlines.intro')} />
      <DeadlineFilterBar value={filters} onChange={changeFilters} />
      {deadlines.data ? (
        <Text size="sm" c="dimmed" mb="xs" data-testid="deadlines-summary">
          {t('planOverview.deadlines.summary', { overdue, soon: rows.length - overdue, days: filters.withinDays })}
        </Text>
      ) : null}
      {deadlines.isError ? (
        <LoadError error={deadlines.error} onRetry={() => void deadlines.refetch()} />
      ) : (
        <DataTable<Deadline>
          aria-label={t('planOverview.deadlines.tableLabel')}
          {...TABLE_LOOK}
          minHeight={rows.length ? undefined : 160}
          fetching={deadlines.isFetching}
          records={rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
          totalRecords={rows.length}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={setPage}
          paginationText={({ from, to, totalRecords }) => t('planOverview.deadlines.paginationText', { from, to, total: totalRecords })}
          getPaginationControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          idAccessor={rowKey}
          noRecordsText={t('planOverview.deadlines.empty')}
          rowBackgroundColor={(row) => (row.state === 'overskredet' ? 'var(--mantine-color-red-light)' : undefined)}
          customRowAttributes={(row) => ({ 'data-state': row.state })}
          columns={[
            {
              accessor: 'dueDate',
              title: t('planOverview.deadlines.columns.due'),
              noWrap: true,
              render: (row) => (
                <>
                  <Text size="sm" fw={500} c={row.state === 'overskredet' ? 'red' : undefined}>
                    {formatDate(row.dueDate)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('planOverview.deadlines.columns.week', { week: isoWeekNumber(row.dueDate) })}
                  </Text>
                </>
              ),
            },
            {
              accessor: 'kind',
              title: t('planOverview.deadlines.columns.kind'),
              render: (row) => (
                <>
                  <Text size="sm">{t(`planOverview.kinds.${row.kind}`)}</Text>
                  {row.goalText ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {row.goalText}
                    </Text>
                  ) : null}
                </>
              ),
            },
            {
              accessor: 'citizenName',
              title: t('planOverview.deadlines.columns.citizen'),
              render: (row) => (
                <Anchor href={routeHref('borgere', row.citizenId, 'plan')} size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {row.citizenName}
                </Anchor>
              ),
            },
            { accessor: 'residenceName', title: t('planOverview.deadlines.columns.residence'), render: (row) => row.residenceName ?? dash },
            { accessor: 'contactStaffName', title: t('planOverview.deadlines.columns.contact'), render: (row) => row.contactStaffName ?? dash },
            { accessor: 'state', title: t('planOverview.deadlines.columns.state'), render: (row) => <DeadlineStateBadge state={row.state} /> },
          ]}
        />
      )}
    </Paper>
  );
}
