// The citizen list, paged and sorted on the server 50 at a time (Danish order); CPR shown masked,
// each row opens the citizen's page.
import { Anchor, Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { CitizenListRow } from '../../../contract/areas/citizens';
import { routeHref } from '../../app/hash-route';
import { formatDate } from '../../format/dates';
import { CITIZEN_PAGE_SIZE, type CitizenSort } from './citizen-filters';
import { CitizenStatusBadge } from './citizen-status-badge';
import { TABLE_LOOK } from '../../components/table-look';

/** Table column -> the server's sort key; CPR sorts by birth date, the part that is shown. */
const SORT_OF: Record<string, CitizenSort> = { name: 'name', residenceName: 'residence', moveIn: 'moveIn', cprMasked: 'birthDate' };
const COLUMN_OF: Record<CitizenSort, keyof CitizenListRow> = { name: 'name', residence: 'residenceName', moveIn: 'moveIn', birthDate: 'cprMasked' };

interface CitizensTableProps {
  rows: CitizenListRow[];
  total: number;
  page: number;
  sort: CitizenSort;
  descending: boolean;
  fetching: boolean;
  emptyText: string;
  onPageChange: (page: number) => void;
  onSortChange: (sort: CitizenSort, descending: boolean) => void;
  onOpen: (row: CitizenListRow) => void;
}

export function CitizensTable({ rows, total, page, sort, descending, fetching, emptyText, onPageChange, onSortChange, onOpen }: CitizensTableProps) {
  const { t } = useTranslation();
  const sortStatus: DataTableSortStatus<CitizenListRow> = { columnAccessor: COLUMN_OF[sort], direction: descending ? 'desc' : 'asc' };
  const dash = t('common.none');

  return (
    <DataTable<CitizenListRow>
      aria-label={t('citizens.tableLabel')}
      {...TABLE_LOOK}
      highlightOnHover
      minHeight={rows.length ? undefined : 240}
      fetching={fetching}
      records={rows}
      idAccessor="id"
      totalRecords={total}
      recordsPerPage={CITIZEN_PAGE_SIZE}
      page={page}
      onPageChange={onPageChange}
      paginationText={({ from, to, totalRecords }) => t('citizens.paginationText', { from, to, total: totalRecords })}
      getPaginationControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      sortStatus={sortStatus}
      onSortStatusChange={(next) => onSortChange(SORT_OF[String(next.columnAccessor)] ?? 'name', next.direction === 'desc')}
      noRecordsText={emptyText}
      onRowClick={({ record }) => onOpen(record)}
      customRowAttributes={(row) => ({ 'data-testid': `citizen-row-${row.id}` })}
      columns={[
        {
          accessor: 'name',
          title: t('citizens.columns.name'),
          sortable: true,
          render: (row) => (
            <Anchor href={routeHref('borgere', row.id)} size="sm" fw={500} c="inherit" underline="hover" onClick={(event) => event.stopPropagation()}>
              {row.name}
            </Anchor>
          ),
        },
        { accessor: 'cprMasked', title: t('citizens.columns.cpr'), sortable: true, noWrap: true, render: (row) => <Text span size="sm" ff="monospace">{row.cprMasked}</Text> },
        {
          accessor: 'residenceName',
          title: t('citizens.columns.residence'),
          sortable: true,
          render: (row) =>
            row.residenceName ? (
              <div>
                <Text size="sm">{row.residenceName}</Text>
                {row.room ? (
                  <Text size="xs" c="dimmed">
                    {row.room}
                  </Text>
                ) : null}
              </div>
            ) : (
              dash
            ),
        },
        { accessor: 'moveIn', title: t('citizens.columns.moveIn'), sortable: true, noWrap: true, render: (row) => formatDate(row.moveIn) || dash },
        { accessor: 'status', title: t('citizens.columns.status'), render: (row) => <CitizenStatusBadge status={row.status} /> },
        { accessor: 'actingMunicipalityName', title: t('citizens.columns.municipality'), render: (row) => row.actingMunicipalityName ?? dash },
        { accessor: 'contactStaffName', title: t('citizens.columns.contact'), render: (row) => row.contactStaffName ?? dash },
      ]}
    />
  );
}
