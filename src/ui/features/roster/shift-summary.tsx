// The head of a shift's drawer or modal: when, where, which kind, why it is open or who has it.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../contract/areas/roster';
import { shiftTitle } from './shift-text';

export function ShiftSummary({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="shift-summary">
      <Text fw={600}>{shiftTitle(t, shift)}</Text>
      <Group gap={6}>
        <Text size="sm" c="dimmed">
          {shift.residenceName}
        </Text>
        <Badge size="sm" variant="light">
          {t(`roster.shiftKinds.${shift.kind}`)}
        </Badge>
        {shift.sleeping ? (
          <Badge size="sm" variant="light" color="indigo">
            {t('roster.grid.sleeping')}
          </Badge>
        ) : null}
        {shift.staffId === null && shift.openReason ? (
          <Badge size="sm" color="red" variant="light">
            {t('roster.shift.openReason', { reason: t(`roster.openReasons.${shift.openReason}`) })}
          </Badge>
        ) : null}
      </Group>
      {shift.staffName ? <Text size="sm">{t('roster.shift.assignedTo', { name: shift.staffName })}</Text> : null}
      {shift.locked ? (
        <Text size="xs" c="orange.8">
          {t('roster.shift.lockedNote')}
        </Text>
      ) : null}
    </Stack>
  );
}
