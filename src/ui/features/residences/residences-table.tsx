// The residences list: sortable columns (text in Danish order via Intl.Collator('da')), row click opens one.
import { Anchor, Badge, Group } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Residence } from '../../../contract/areas/residences';
import { routeHref } from '../../app/hash-route';
import { sortDanish } from '../../format/danish-sort';
import { formatInteger } from '../../format/numbers';
import { formatAddress } from './residence-values';

type SortKey = 'name' | 'address' | 'legalBasisLabel' | 'targetGroup' | 'places' | 'departmentHead';

const TEXT_OF: Record<Exclude<SortKey, 'places'>, (row: Residence) => string | null> = {
  name: (row) => row.name,
  address: (row) => formatAddress(row),
  legalBasisLabel: (row) => row.legalBasisLabel,
  targetGroup: (row) => row.targetGroup,
  departmentHead: (row) => row.departmentHead,
};

function sortRows(rows: Residence[], status: DataTableSortStatus<Residence>): Residence[] {
  const key = status.columnAccessor as SortKey;
  if (key === 'places') {
    const sign = status.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => sign * (a.places - b.places));
  }
  return sortDanish(rows, TEXT_OF[key] ?? TEXT_OF.name, status.direction);
}

interface ResidencesTableProps {
  rows: Residence[];
  fetching: boolean;
  emptyText: string;
  onOpen: (residence: Residence) => void;
}

export function ResidencesTable({ rows, fetching, emptyText, onOpen }: ResidencesTableProps) {
  const { t } = useTranslation();
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<Residence>>({ columnAccessor: 'name', direction: 'asc' });
  const sorted = useMemo(() => sortRows(rows, sortStatus), [rows, sortStatus]);

  const columns: DataTableColumn<Residence>[] = [
    {
      accessor: 'name',
      title: t('residences.columns.name'),
      sortable: true,
      noWrap: true,
      render: (row) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor href={routeHref('botilbud', row.id)} size="sm" fw={500} c="inherit" underline="hover">
            {row.name}
          </Anchor>
          {row.archivedAt ? (
            <Badge size="xs" color="gray" variant="light" style={{ flexShrink: 0 }}>
              {t('residences.archived')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { accessor: 'address', title: t('residences.columns.address'), sortable: true, render: (row) => formatAddress(row) },
    { accessor: 'legalBasisLabel', title: t('residences.columns.legalBasis'), sortable: true },
    { accessor: 'targetGroup', title: t('residences.columns.targetGroup'), sortable: true, ellipsis: true, width: 260 },
    { accessor: 'places', title: t('residences.columns.places'), sortable: true, textAlign: 'right', render: (row) => formatInteger(row.places) },
    { accessor: 'departmentHead', title: t('residences.columns.departmentHead'), sortable: true },
    { accessor: 'phone', title: t('residences.columns.phone'), noWrap: true },
  ];

  return (
    <DataTable<Residence>
      aria-label={t('residences.tableLabel')}
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalSpacing="sm"
      minHeight={sorted.length ? undefined : 220}
      records={sorted}
      columns={columns}
      idAccessor="id"
      fetching={fetching}
      sortStatus={sortStatus}
      onSortStatusChange={setSortStatus}
      noRecordsText={emptyText}
      onRowClick={({ record }) => onOpen(record)}
      rowStyle={(row) => (row.archivedAt ? { opacity: 0.65 } : undefined)}
      customRowAttributes={(row) => ({ 'data-testid': `residence-row-${row.id}` })}
    />
  );
}
