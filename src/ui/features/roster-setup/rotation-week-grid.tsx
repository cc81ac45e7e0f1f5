// One week of the basisplan: shift type × weekday, each cell a MultiSelect of the residence's
// permanent staff; read-only without roster.write.
import type { ComboboxItem } from '@mantine/core';
import { MultiSelect, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../../contract/areas/roster-setup';
import { cellKey } from './rotation-values';
import { WEEKDAYS } from './weekdays';

interface RotationWeekGridProps {
  week: number;
  shiftTypes: readonly ShiftType[];
  staffOptions: ComboboxItem[];
  cells: Record<string, string[]>;
  onChange: (key: string, staffIds: string[]) => void;
  readOnly: boolean;
}

export function RotationWeekGrid({ week, shiftTypes, staffOptions, cells, onChange, readOnly }: RotationWeekGridProps) {
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
          {shiftTypes.map((shiftType) => (
            <Table.Tr key={shiftType.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {shiftType.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {shiftType.start}–{shiftType.end}
                </Text>
              </Table.Td>
              {WEEKDAYS.map((weekday) => {
                const key = cellKey(week, weekday, shiftType.id);
                const value = cells[key] ?? [];
                return (
                  <Table.Td key={weekday} valign="top">
                    <MultiSelect
                      size="xs"
                      data={staffOptions}
                      value={value}
                      onChange={(staffIds) => onChange(key, staffIds)}
                      placeholder={value.length ? undefined : t('rosterSetup.rotation.staffPlaceholder')}
                      aria-label={t('rosterSetup.rotation.cell', { shift: shiftType.name, day: t(`rosterSetup.weekdays.${weekday}`), week })}
                      searchable
                      hidePickedOptions
                      rightSection={<span />}
                      rightSectionWidth={6}
                      readOnly={readOnly}
                      comboboxProps={{ width: 240, position: 'bottom-start' }}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
