// The staff list: name (with employee number), title, competences, normtid, home residence,
// employment, active; sorted in Danish order on any text column; a click edits for users who may,
// and a substitute's row opens their availability.
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconCalendarEvent, IconPencil } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../contract/areas/staff';
import { sortDanish } from '../../format/danish-sort';
import { TABLE_LOOK } from '../../components/table-look';
import { formatHours } from './format-hours';

type SortKey = 'name' | 'title' | 'homeResidenceName' | 'employment';

interface StaffTableProps {
  rows: StaffMember[];
  fetching: boolean;
  emptyText: string;
  onOpen?: (member: StaffMember) => void;
  onAvailability?: (member: StaffMember) => void;
  competenceName: (id: number) => string;
}

export function StaffTable({ rows, fetching, emptyText, onOpen, onAvailability, competenceName }: StaffTableProps) {
  const { t } = useTranslation();
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<StaffMember>>({ columnAccessor: 'name', direction: 'asc' });
  const textOf = useMemo<Record<SortKey, (row: StaffMember) => string | null>>(
    () => ({
      name: (row) => row.name,
      title: (row) => t(`staff.titles.${row.title}`),
      homeResidenceName: (row) => row.homeResidenceName,
      employment: (row) => t(`staff.employments.${row.employment}`),
    }),
    [t],
  );
  const sorted = useMemo(() => sortDanish(rows, textOf[sortStatus.columnAccessor as SortKey] ?? textOf.name, sortStatus.direction), [rows, sortStatus, textOf]);

  return (
    <DataTable<StaffMember>
      aria-label={t('staff.tableLabel')}
      {...TABLE_LOOK}
      highlightOnHover={Boolean(onOpen)}
      minHeight={sorted.length ? undefined : 220}
      fetching={fetching}
      records={sorted}
      idAccessor="id"
      sortStatus={sortStatus}
      onSortStatusChange={setSortStatus}
      noRecordsText={emptyText}
      onRowClick={onOpen ? ({ record }) => onOpen(record) : undefined}
      rowStyle={(row) => (row.active ? undefined : { opacity: 0.65 })}
      columns={[
        {
          accessor: 'name',
          title: t('staff.columns.name'),
          sortable: true,
          render: (row) => (
            <div>
              <Text size="sm" fw={500}>
                {row.name}
              </Text>
              {row.employeeNumber ? (
                <Text size="xs" c="dimmed">
                  {row.employeeNumber}
                </Text>
              ) : null}
            </div>
          ),
        },
        { accessor: 'title', title: t('staff.columns.title'), sortable: true, render: (row) => t(`staff.titles.${row.title}`) },
        {
          accessor: 'competenceIds',
          title: t('rosterSetup.staffColumns.competences'),
          width: 260,
          render: (row) =>
            row.competenceIds.length ? (
              <Group gap={4}>
                {row.competenceIds.map((id) => (
                  <Badge key={id} size="sm" variant="light" color="gray" tt="none">
                    {competenceName(id)}
                  </Badge>
                ))}
              </Group>
            ) : null,
        },
        { accessor: 'weeklyMinutes', title: t('rosterSetup.staffColumns.weeklyHours'), textAlign: 'right', noWrap: true, render: (row) => (row.weeklyMinutes ? formatHours(row.weeklyMinutes, t) : '') },
        { accessor: 'homeResidenceName', title: t('staff.columns.homeResidence'), sortable: true, render: (row) => row.homeResidenceName ?? <Text span size="sm" c="dimmed">{t('staff.noHome')}</Text> },
        { accessor: 'employment', title: t('staff.columns.employment'), sortable: true, render: (row) => t(`staff.employments.${row.employment}`) },
        {
          accessor: 'active',
          title: t('staff.columns.active'),
          noWrap: true,
          width: 100,
          render: (row) => (row.active ? <Badge variant="light" color="teal">{t('staff.active')}</Badge> : <Badge variant="light" color="gray">{t('staff.inactive')}</Badge>),
        },
        {
          accessor: 'actions',
          title: t('common.actions'),
          textAlign: 'right',
          hidden: !onOpen && !onAvailability,
          render: (row) => (
            <Group gap={4} justify="flex-end" wrap="nowrap">
              {onAvailability && row.employment === 'vikar' ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconCalendarEvent size={14} />}
                  onClick={(event) => {
                    event.stopPropagation();
                    onAvailability(row);
                  }}
                  aria-label={t('rosterSetup.availability.openNamed', { name: row.name })}
                >
                  {t('rosterSetup.availability.open')}
                </Button>
              ) : null}
              {onOpen ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPencil size={14} />}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen?.(row);
                  }}
                  aria-label={t('staff.editNamed', { name: row.name })}
                >
                  {t('common.edit')}
                </Button>
              ) : null}
            </Group>
          ),
        },
      ]}
    />
  );
}
