// The frame of a dashboard card that lists rows needing attention: title (and a link), intro,
// then the loading, error or calm empty state, or the table and a "showing n of m" line.
import { Group, Loader, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-state';

export interface DashboardListCardProps {
  title: string;
  intro: string;
  /** A link beside the title, e.g. to the full list. */
  action?: ReactNode;
  query: { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };
  rowCount: number;
  empty: { text: string; testId: string };
  /** Shown under the table when not every row fits. */
  more: string | null;
  children: ReactNode;
}

export function DashboardListCard({ title, intro, action, query, rowCount, empty, more, children }: DashboardListCardProps) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (query.isError && query.error) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.isPending) body = <Loader size="sm" aria-label={t('common.loading')} />;
  else if (rowCount === 0)
    body = (
      <Group gap="xs" data-testid={empty.testId}>
        <ThemeIcon variant="light" color="teal" size="md" radius="xl" aria-hidden>
          <IconCircleCheck size={18} stroke={1.6} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          {empty.text}
        </Text>
      </Group>
    );
  else
    body = (
      <>
        {children}
        {more ? (
          <Text size="xs" c="dimmed" mt="xs">
            {more}
          </Text>
        ) : null}
      </>
    );

  return (
    <Paper p="lg" radius="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {intro}
      </Text>
      {body}
    </Paper>
  );
}
