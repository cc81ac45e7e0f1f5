// The residences list's occupancy columns from residences.occupancy: occupied and free places
// today, and the occupancy percentage for the chosen period (with its place-days on hover).
import { Badge, Text, Tooltip } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { TFunction } from 'i18next';
import type { Occupancy, Residence } from '../../../contract/areas/residences';
import { formatInteger, formatPercent } from '../../format/numbers';

export type OccupancyKey = 'occupied' | 'free' | 'percent';

export function occupancyValue(row: Occupancy | undefined, key: OccupancyKey): number {
  if (!row) return -1;
  return key === 'occupied' ? row.occupiedToday : key === 'free' ? row.freeToday : row.occupancyPercent;
}

export function occupancyColumns(occupancy: ReadonlyMap<number, Occupancy> | null, t: TFunction): DataTableColumn<Residence>[] {
  const dash = t('common.none');
  return [
    {
      accessor: 'occupied',
      title: <Tooltip label={t('occupancy.occupiedHint')}><span>{t('occupancy.occupied')}</span></Tooltip>,
      sortable: true,
      textAlign: 'right',
      render: (row) => {
        const value = occupancy?.get(row.id);
        return value ? (
          <Text span size="sm" data-testid={`occupied-${row.id}`}>
            {formatInteger(value.occupiedToday)}
          </Text>
        ) : (
          dash
        );
      },
    },
    {
      accessor: 'free',
      title: <Tooltip label={t('occupancy.freeHint')}><span>{t('occupancy.free')}</span></Tooltip>,
      sortable: true,
      textAlign: 'right',
      render: (row) => {
        const value = occupancy?.get(row.id);
        if (!value) return dash;
        return value.freeToday > 0 ? (
          <Text span size="sm" fw={600} c="teal.7" data-testid={`free-${row.id}`}>
            {formatInteger(value.freeToday)}
          </Text>
        ) : (
          <Badge size="sm" variant="light" color="gray" data-testid={`free-${row.id}`}>
            {t('occupancy.full')}
          </Badge>
        );
      },
    },
    {
      accessor: 'percent',
      title: <Tooltip label={t('occupancy.percentHint')}><span>{t('occupancy.percent')}</span></Tooltip>,
      sortable: true,
      textAlign: 'right',
      noWrap: true,
      render: (row) => {
        const value = occupancy?.get(row.id);
        if (!value) return dash;
        return (
          <Tooltip label={t('occupancy.days', { occupied: formatInteger(value.occupiedDays), capacity: formatInteger(value.capacityDays) })}>
            <Text span size="sm">
              {formatPercent(value.occupancyPercent)}
            </Text>
          </Tooltip>
        );
      },
    },
  ];
}
