// The frame each "Dan rapport" form sits in: an icon, a title, what the report holds, the form.
import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function ReportCard({ icon: CardIcon, title, intro, children, testId }: { icon: Icon; title: string; intro: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="md">
            <CardIcon size={20} stroke={1.6} />
          </ThemeIcon>
          <div>
            <Title order={2} size="h4">{title}</Title>
            <Text size="sm" c="dimmed">{intro}</Text>
          </div>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
