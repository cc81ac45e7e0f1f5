// The roster grid: staff × days (ISO week numbers and holidays in the header, approved days
// locked), a row of open shifts in red and a coverage line per day. Scrolls sideways for 4 weeks.
import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RosterGrid, Shift } from '../../../contract/areas/roster';
import { todayIso } from '../../format/dates';
import { AbsenceBar } from './absence-bar';
import { buildGridModel, type StaffRow } from './grid-model';
import { ShiftChip } from './shift-chip';
import { hoursText, weekdayShort } from './shift-text';

interface RosterGridTableProps {
  grid: RosterGrid;
  residenceName: string;
  onOpenShift: (shift: Shift) => void;
  onAssignedShift?: (shift: Shift) => void;
}

const STAFF_WIDTH = 190;
const DAY_WIDTH = 112;
const stickyCell = { position: 'sticky', left: 0, zIndex: 2, background: 'var(--mantine-color-body)', boxShadow: 'inset -1px 0 0 var(--mantine-color-default-border)' } as const;

export function RosterGridTable({ grid, residenceName, onOpenShift, onAssignedShift }: RosterGridTableProps) {
  const { t } = useTranslation();
  const model = buildGridModel(grid);
  const weeks = groupWeeks(grid.days);
  const today = todayIso();
  const dayStyle = (date: string) => (model.lockedDates.has(date) ? { background: 'var(--mantine-color-gray-light)' } : undefined);

  return (
    <ScrollArea type="auto" offsetScrollbars="x">
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        horizontalSpacing={6}
        aria-label={t('roster.grid.label', { residence: residenceName })}
        style={{ tableLayout: 'fixed', minWidth: STAFF_WIDTH + grid.days.length * DAY_WIDTH }}
        data-testid="roster-grid"
      >
        <colgroup>
          <col style={{ width: STAFF_WIDTH }} />
          {grid.days.map((day) => (
            <col key={day.date} style={{ width: DAY_WIDTH }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} style={stickyCell}>
              {t('roster.grid.staff')}
            </Table.Th>
            {weeks.map((week) => (
              <Table.Th key={week.first} colSpan={week.days} ta="center">
                {t('roster.week', { week: week.isoWeek })}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {grid.days.map((day) => (
              <Table.Th
                key={day.date}
                style={{ ...dayStyle(day.date), ...(day.date === today ? { boxShadow: 'inset 0 -3px 0 var(--mantine-color-petrol-filled)' } : null) }}
                aria-current={day.date === today ? 'date' : undefined}
                data-testid={`day-${day.date}`}
              >
                <Text size="sm" fw={600} c={day.weekday >= 6 || day.holiday ? 'red.7' : undefined}>
                  {weekdayShort(t, day.weekday)} {day.date.slice(8, 10)}-{day.date.slice(5, 7)}
                  {model.lockedDates.has(day.date) ? <IconLock size={12} style={{ marginLeft: 4 }} aria-label={t('roster.grid.locked')} /> : null}
                </Text>
                {day.holiday ? (
                  <Text size="xs" c="red.7" lineClamp={1} title={day.holiday}>
                    {day.holiday}
                  </Text>
                ) : null}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.rows.map((row) => (
            <Table.Tr key={row.staffId} data-testid={`staff-row-${row.staffId}`}>
              <StaffCell row={row} weeks={weeks.length} />
              {grid.days.map((day) => {
                const cell = row.days.get(day.date);
                return (
                  <Table.Td key={day.date} style={{ ...dayStyle(day.date), verticalAlign: 'top' }}>
                    <Stack gap={3}>
                      {cell?.absence ? <AbsenceBar absence={cell.absence} /> : null}
                      {cell?.shifts.map((shift) => <ShiftChip key={shift.id} shift={shift} onClick={onAssignedShift ? () => onAssignedShift(shift) : undefined} />)}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
          <Table.Tr data-testid="open-row" bg="var(--mantine-color-red-light)">
            <Table.Th style={{ ...stickyCell, background: 'var(--mantine-color-body)' }}>
              <Text size="sm" fw={600} c="red.7">
                {t('roster.grid.openRow')}
              </Text>
            </Table.Th>
            {grid.days.map((day) => (
              <Table.Td key={day.date} style={{ verticalAlign: 'top' }}>
                <Stack gap={3}>
                  {model.open.get(day.date)?.map((shift) => <ShiftChip key={shift.id} shift={shift} onClick={() => onOpenShift(shift)} />)}
                </Stack>
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr data-testid="coverage-row">
            <Table.Th style={stickyCell}>
              <Text size="sm" fw={600}>
                {t('roster.grid.coverageRow')}
              </Text>
            </Table.Th>
            {grid.days.map((day) => {
              const missing = model.missing.get(day.date) ?? null;
              return (
                <Table.Td key={day.date} data-testid={`coverage-${day.date}`}>
                  {missing === null ? (
                    <Text size="xs" c="dimmed">
                      {t('roster.grid.noNeed')}
                    </Text>
                  ) : missing > 0 ? (
                    <Badge color="red" variant="light" size="sm">
                      {t('roster.grid.missing', { count: missing })}
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light" size="sm">
                      {t('roster.grid.covered')}
                    </Badge>
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {model.rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('roster.grid.empty')}
        </Text>
      ) : null}
    </ScrollArea>
  );
}

/** A staff member's name, a substitute badge, and hours in the period against normtid for it. */
function StaffCell({ row, weeks }: { row: StaffRow; weeks: number }) {
  const { t } = useTranslation();
  const norm = row.weeklyMinutes * weeks;
  const over = norm > 0 && row.minutes > norm;
  return (
    <Table.Th style={stickyCell} fw={400}>
      <Text size="sm" fw={600} lineClamp={1} title={row.name}>
        {row.name}
      </Text>
      <Text size="xs" c={over ? 'red.7' : 'dimmed'}>
        {norm > 0 ? t('roster.grid.hours', { hours: hoursText(row.minutes), norm: hoursText(norm) }) : t('roster.grid.hoursNoNorm', { hours: hoursText(row.minutes) })}
        {row.employment === 'vikar' ? ` · ${t('roster.grid.substitute')}` : ''}
      </Text>
    </Table.Th>
  );
}

/** Consecutive days of one ISO week, for the header's week row. */
function groupWeeks(days: RosterGrid['days']): { first: string; isoWeek: number; days: number }[] {
  const weeks: { first: string; isoWeek: number; days: number }[] = [];
  for (const day of days) {
    const last = weeks[weeks.length - 1];
    if (last && last.isoWeek === day.isoWeek) last.days++;
    else weeks.push({ first: day.date, isoWeek: day.isoWeek, days: 1 });
  }
  return weeks;
}
