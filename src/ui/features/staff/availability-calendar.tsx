// One month of a substitute's availability: each day shows its marks (a bar for the whole day, a
// dot per dag/aften/nat) in the availability's colour; clicking days selects them.
import { Box, Group, Stack, Text } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AvailabilityEntry } from '../../../contract/areas/staff';
import { SHIFT_KINDS, type Availability } from '../../../contract/roster-terms';

export const AVAILABILITY_COLORS: Record<Availability, string> = { kan: 'teal', 'kan-ikke': 'red', oensker: 'blue' };

interface AvailabilityCalendarProps {
  month: string;
  onMonthChange: (month: string) => void;
  entries: readonly AvailabilityEntry[];
  selected: ReadonlySet<string>;
  onToggle: (date: string) => void;
}

export function AvailabilityCalendar({ month, onMonthChange, entries, selected, onToggle }: AvailabilityCalendarProps) {
  const { t } = useTranslation();
  const byDate = new Map<string, AvailabilityEntry[]>();
  for (const entry of entries) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);

  const describe = (date: string) =>
    (byDate.get(date) ?? [])
      .map((entry) => `${entry.shiftKind ? t(`rosterSetup.shiftKinds.${entry.shiftKind}`) : t('rosterSetup.availability.wholeDay')}: ${t(`rosterSetup.availabilities.${entry.availability}`)}`)
      .join(', ');

  return (
    <Calendar
      date={month}
      onDateChange={(date) => onMonthChange(dayjs(date).startOf('month').format('YYYY-MM-DD'))}
      maxLevel="year"
      withWeekNumbers
      hideOutsideDates
      size="xl"
      styles={{ day: { width: 64, height: 56 } }}
      getDayProps={(date) => {
        const marks = describe(date);
        return { selected: selected.has(date), onClick: () => onToggle(date), 'aria-pressed': selected.has(date), title: marks || undefined, 'data-marks': marks || undefined };
      }}
      renderDay={(date) => {
        const dayEntries = byDate.get(date) ?? [];
        const whole = dayEntries.find((entry) => entry.shiftKind === null);
        return (
          <Stack gap={3} align="center">
            <Text size="sm" fw={500} inherit>
              {dayjs(date).date()}
            </Text>
            <Box h={6} w={28} style={{ borderRadius: 3, background: whole ? `var(--mantine-color-${AVAILABILITY_COLORS[whole.availability]}-6)` : 'transparent' }} />
            <Group gap={3} h={8}>
              {SHIFT_KINDS.map((kind) => {
                const entry = dayEntries.find((row) => row.shiftKind === kind);
                return <Box key={kind} w={8} h={8} style={{ borderRadius: 4, background: entry ? `var(--mantine-color-${AVAILABILITY_COLORS[entry.availability]}-6)` : 'transparent' }} />;
              })}
            </Group>
          </Stack>
        );
      }}
    />
  );
}
