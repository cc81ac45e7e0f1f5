// The head of a section on a page or tab: its title, a dimmed line on what it holds, and the
// section's one action (usually "add") on the right.
import { Group, Text, Title } from '@mantine/core';
import type { MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionHeaderProps {
  title: string;
  description?: string;
  action?: ReactNode;
  mb?: MantineSpacing;
}

export function SectionHeader({ title, description, action, mb = 'sm' }: SectionHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb={mb}>
      <div>
        <Title order={2} size="h4">
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed" maw={720}>
            {description}
          </Text>
        ) : null}
      </div>
      {action}
    </Group>
  );
}
