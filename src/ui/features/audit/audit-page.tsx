// Log: the audit trail, paged on the server 50 at a time, with filters and a citizen's insight export.
import { Badge, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditEntry } from '../../../contract/areas/audit';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { PageLayout } from '../../components/page-layout';
import { formatTimestamp } from '../../format/dates';
import { useMethodLabel } from '../../i18n/use-method-label';
import { useRpcQuery } from '../../rpc/use-rpc';
import { AuditFilterBar } from './audit-filter-bar';
import { NO_FILTERS, toAuditInput, validCitizenId, type AuditFilterValues } from './audit-filters';
import { ExportCitizenButton } from './export-citizen-button';
import { TABLE_LOOK } from '../../components/table-look';

const PAGE_SIZE = 50;

const ACTION_COLORS: Record<AuditAction, string> = {
  read: 'gray',
  search: 'gray',
  create: 'teal',
  update: 'blue',
  delete: 'red',
  login: 'petrol',
  login_failed: 'orange',
  logout: 'petrol',
  export: 'grape',
  locked: 'red',
};

export function AuditPage() {
  const { t } = useTranslation();
  const canExport = useCan('audit.export');
  const methodLabel = useMethodLabel();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(filters, 300);
  const log = useRpcQuery('audit.list', toAuditInput(debounced, page, PAGE_SIZE), { placeholderData: keepPreviousData });
  const citizenId = validCitizenId(filters.citizenId);

  const changeFilters = (next: AuditFilterValues) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <PageLayout title={t('audit.title')} description={t('audit.description')} actions={canExport && citizenId ? <ExportCitizenButton citizenId={citizenId} /> : null}>
      <AuditFilterBar value={filters} onChange={changeFilters} />
      {log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <DataTable<AuditEntry>
          aria-label={t('audit.title')}
          {...TABLE_LOOK}
          striped
          verticalSpacing={6}
          minHeight={log.data?.rows.length ? undefined : 240}
          fetching={log.isFetching}
          records={log.data?.rows ?? []}
          idAccessor="id"
          totalRecords={log.data?.total ?? 0}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={setPage}
          paginationText={({ from, to, totalRecords }) => t('audit.paginationText', { from, to, total: totalRecords })}
          getPaginationControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          noRecordsText={t('audit.empty')}
          columns={[
            { accessor: 'at', title: t('audit.columns.at'), noWrap: true, render: (row) => formatTimestamp(row.at) },
            { accessor: 'username', title: t('audit.columns.user'), render: (row) => row.username ?? <Text span size="sm" c="dimmed">{t('audit.anonymous')}</Text> },
            {
              accessor: 'action',
              title: t('audit.columns.action'),
              render: (row) => (
                <Badge variant="light" color={ACTION_COLORS[row.action]} radius="sm">
                  {t(`audit.actions.${row.action}`)}
                </Badge>
              ),
            },
            {
              accessor: 'method',
              title: t('audit.columns.method'),
              render: (row) => (
                <Tooltip label={row.method}>
                  <Text span size="sm">
                    {methodLabel(row.method)}
                  </Text>
                </Tooltip>
              ),
            },
            { accessor: 'citizenId', title: t('audit.columns.citizen'), textAlign: 'right', render: (row) => row.citizenId ?? '' },
            { accessor: 'subject', title: t('audit.columns.subject'), ellipsis: true },
            { accessor: 'detail', title: t('audit.columns.detail'), ellipsis: true },
          ]}
        />
      )}
    </PageLayout>
  );
}
