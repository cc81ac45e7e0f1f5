// The residences list: sortable columns (text in Danish order via Intl.Collator('da')), occupancy
// today and for a period when given, row click opens one.
import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Occupancy, Residence } from '../../../contract/areas/residences';
import { routeHref } from '../../app/hash-route';
import { sortDanish } from '../../format/danish-sort';
import { formatInteger } from '../../format/numbers';
import { occupancyColumns, occupancyValue, type OccupancyKey } from './occupancy-columns';
import { formatAddress } from './residence-values';
import { useLegalBasisParagraphs } from './use-legal-basis-paragraphs';
import { TABLE_LOOK } from '../../components/table-look';

/** The target group is in the panel too; on a laptop screen the occupancy columns matter more. */
const WIDE = '(min-width: 1400px)';

type SortKey = 'name' | 'address' | 'legalBasisLabel' | 'targetGroup' | 'places' | 'departmentHead' | OccupancyKey;

const TEXT_OF: Record<Exclude<SortKey, 'places' | OccupancyKey>, (row: Residence) => string | null> = {
  name: (row) => row.name,
  address: (row) => formatAddress(row),
  legalBasisLabel: (row) => row.legalBasisLabel,
  targetGroup: (row) => row.targetGroup,
  departmentHead: (row) => row.departmentHead,
};

function sortRows(rows: Residence[], status: DataTableSortStatus<Residence>, occupancy: ReadonlyMap<number, Occupancy> | null): Residence[] {
  const key = status.columnAccessor as SortKey;
  const sign = status.direction === 'asc' ? 1 : -1;
  if (key === 'places') return [...rows].sort((a, b) => sign * (a.places - b.places));
  if (key === 'occupied' || key === 'free' || key === 'percent') {
    const value = (row: Residence) => occupancyValue(occupancy?.get(row.id), key);
    return [...rows].sort((a, b) => sign * (value(a) - value(b)));
  }
  return sortDanish(rows, TEXT_OF[key] ?? TEXT_OF.name, status.direction);
}

interface ResidencesTableProps {
  rows: Residence[];
  fetching: boolean;
  emptyText: string;
  /** Occupancy by residence id; null while unknown (no period chosen, or still loading). */
  occupancy: ReadonlyMap<number, Occupancy> | null;
  onOpen: (residence: Residence) => void;
}

export function ResidencesTable({ rows, fetching, emptyText, occupancy, onOpen }: ResidencesTableProps) {
  const { t } = useTranslation();
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<Residence>>({ columnAccessor: 'name', direction: 'asc' });
  const sorted = useMemo(() => sortRows(rows, sortStatus, occupancy), [rows, sortStatus, occupancy]);
  const paragraphOf = useLegalBasisParagraphs();

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
    { accessor: 'address', title: t('residences.columns.address'), sortable: true, ellipsis: true, width: 170, render: (row) => formatAddress(row) },
    {
      accessor: 'legalBasisLabel',
      title: t('residences.columns.legalBasis'),
      sortable: true,
      noWrap: true,
      // The paragraph is what people scan for; the title is on hover.
      render: (row) => (
        <Tooltip label={row.legalBasisLabel}>
          <Text span size="sm">
            {paragraphOf.get(row.legalBasisCode) ?? row.legalBasisLabel}
          </Text>
        </Tooltip>
      ),
    },
    { accessor: 'targetGroup', title: t('residences.columns.targetGroup'), sortable: true, ellipsis: true, width: 170, visibleMediaQuery: WIDE },
    { accessor: 'places', title: t('residences.columns.places'), sortable: true, textAlign: 'right', render: (row) => formatInteger(row.places) },
    ...occupancyColumns(occupancy, t),
    {
      accessor: 'departmentHead',
      title: t('residences.columns.departmentHead'),
      sortable: true,
      render: (row) => (
        <div>
          <Text size="sm">{row.departmentHead ?? ''}</Text>
          {row.phone ? (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {row.phone}
            </Text>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <DataTable<Residence>
      aria-label={t('residences.tableLabel')}
      {...TABLE_LOOK}
      highlightOnHover
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
