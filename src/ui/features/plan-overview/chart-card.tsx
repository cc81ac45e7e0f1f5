// A titled card around one chart, with a dimmed line when there is nothing to draw.
import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  description?: string;
  empty: boolean;
  emptyText: string;
  testId?: string;
  children: ReactNode;
}

export function ChartCard({ title, description, empty, emptyText, testId, children }: ChartCardProps) {
  return (
    <Paper p="lg" radius="md" data-testid={testId}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mt={4}>
          {description}
        </Text>
      ) : null}
      <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
        {empty ? (
          <Text size="sm" c="dimmed" py="xl" ta="center">
            {emptyText}
          </Text>
        ) : (
          children
        )}
      </div>
    </Paper>
  );
}
