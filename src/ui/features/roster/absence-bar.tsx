// Absence in a grid cell: a grey bar with the short kind ("Syg"), the note as its title.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Absence } from '../../../contract/areas/roster';

export function AbsenceBar({ absence }: { absence: Absence }) {
  const { t } = useTranslation();
  return (
    <Text
      size="xs"
      fw={600}
      px={6}
      py={2}
      c="dimmed"
      bg="var(--mantine-color-gray-light)"
      title={`${t(`roster.absenceKinds.${absence.kind}`)}${absence.note ? `: ${absence.note}` : ''}`}
      data-testid={`absence-${absence.staffId}-${absence.id}`}
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    >
      {t(`roster.absenceShort.${absence.kind}`)}
    </Text>
  );
}
