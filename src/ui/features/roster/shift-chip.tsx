// One shift in a grid cell: a small button coloured by kind (day, evening, night; open shifts in
// red), with its times, the shift type's name and a moon for a sleeping night; a lock when approved.
import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconLock, IconMoon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../contract/areas/roster';
import { shiftTime } from './shift-text';

const KIND_COLOR = { dag: 'petrol', aften: 'orange', nat: 'indigo' } as const;

interface ShiftChipProps {
  shift: Shift;
  onClick?: () => void;
}

export function ShiftChip({ shift, onClick }: ShiftChipProps) {
  const { t } = useTranslation();
  const open = shift.staffId === null;
  const color = open ? 'red' : KIND_COLOR[shift.kind];
  const label = open
    ? t('roster.grid.openShift', { name: shift.shiftTypeName, time: shiftTime(shift) })
    : t('roster.grid.assignedShift', { staff: shift.staffName ?? '', name: shift.shiftTypeName, time: shiftTime(shift) });
  return (
    <UnstyledButton
      onClick={onClick}
      disabled={!onClick}
      aria-label={label}
      data-testid={`shift-${shift.id}`}
      data-open={open || undefined}
      w="100%"
      px={6}
      py={3}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: `var(--mantine-color-${color}-light)`,
        borderLeft: `3px solid var(--mantine-color-${color}-filled)`,
        cursor: onClick ? 'pointer' : 'default',
      }}
    >
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="xs" fw={600} c={`var(--mantine-color-${color}-light-color)`} style={{ whiteSpace: 'nowrap' }}>
          {shiftTime(shift)}
        </Text>
        <Group gap={2} wrap="nowrap">
          {shift.sleeping ? <IconMoon size={12} aria-label={t('roster.grid.sleeping')} /> : null}
          {shift.locked ? <IconLock size={12} aria-label={t('roster.grid.locked')} /> : null}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {shift.shiftTypeName}
      </Text>
    </UnstyledButton>
  );
}
