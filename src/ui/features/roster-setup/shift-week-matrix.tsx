// The grid the staffing need and the basisplan share: a row per shift type (name and times), a
// column per weekday (Man–Søn), and a cell the caller renders.
import { ScrollArea, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../../contract/areas/roster-setup';
import { WEEKDAYS, type Weekday } from './weekdays';

interface ShiftWeekMatrixProps {
  shiftTypes: readonly ShiftType[];
  /** `row` and `column` count from 0 in shift-type and weekday order. */
  renderCell: (shiftType: ShiftType, weekday: Weekday, row: number, column: number) => ReactNode;
}

export function ShiftWeekMatrix({ shiftTypes, renderCell }: ShiftWeekMatrixProps) {
  const { t } = useTranslation();
  return (
    <ScrollArea type="auto">
      <Table withTableBorder withColumnBorders verticalSpacing="xs" horizontalSpacing={6} miw={1080} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('rosterSetup.staffing.shiftType')}</Table.Th>
            {WEEKDAYS.map((weekday) => (
              <Table.Th key={weekday} ta="center">
                {t(`rosterSetup.weekdays.${weekday}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shiftTypes.map((shiftType, row) => (
            <Table.Tr key={shiftType.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {shiftType.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {shiftType.start}–{shiftType.end}
                </Text>
              </Table.Td>
              {WEEKDAYS.map((weekday, column) => (
                <Table.Td key={weekday} valign="top">
                  {renderCell(shiftType, weekday, row, column)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
