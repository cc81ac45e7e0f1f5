// The goal a dialog acts on, named at its top: the FFB theme above the professional text.
import { Text } from '@mantine/core';
import type { Goal } from '../../../contract/areas/plans';

export function GoalHeading({ goal }: { goal: Pick<Goal, 'themeLabel' | 'professionalText'> }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {goal.themeLabel}
      </Text>
      <Text size="sm" fw={500}>
        {goal.professionalText}
      </Text>
    </div>
  );
}
