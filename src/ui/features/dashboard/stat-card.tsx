// One figure on a card: label, the value (with a test id), an icon, and an optional dimmed hint.
import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: ReactNode;
  icon: ReactNode;
  testId: string;
  hint?: ReactNode;
  color?: string;
}

export function StatCard({ label, value, icon, testId, hint, color }: StatCardProps) {
  return (
    <Paper p="lg" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text fz={32} fw={600} lh={1.2} mt={4} data-testid={testId} c={color}>
            {value}
          </Text>
          {hint ? (
            <Text size="xs" c="dimmed" mt={2}>
              {hint}
            </Text>
          ) : null}
        </div>
        <ThemeIcon variant="light" size={44} radius="md" color={color} aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}
