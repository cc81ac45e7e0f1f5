// This citizen's deadlines that are overdue or due soon, at the top of the plan: what, when, and
// which goal; overdue first and red.
import { Alert, Badge, Group, List, Text } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../contract/areas/plans';
import { formatDate } from '../../format/dates';
import { shortText } from './plan-labels';

export function DeadlinesAlert({ deadlines }: { deadlines: Deadline[] }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) return null;
  const rows = [...deadlines].sort((a, b) => Number(b.state === 'overskredet') - Number(a.state === 'overskredet') || a.dueDate.localeCompare(b.dueDate));
  const overdue = rows.some((row) => row.state === 'overskredet');
  return (
    <Alert variant="light" color={overdue ? 'red' : 'orange'} icon={<IconAlarm size={18} />} title={t('plan.deadlines.title')} role="status" data-testid="plan-deadlines">
      <List spacing={4} size="sm">
        {rows.map((row) => (
          <List.Item key={`${row.kind}-${row.goalId ?? 0}-${row.dueDate}`}>
            <Group gap={6} wrap="wrap">
              <Badge size="sm" color={row.state === 'overskredet' ? 'red' : 'orange'} variant="filled">
                {row.state === 'overskredet' ? t('plan.deadlines.overdue') : t('plan.deadlines.soon')}
              </Badge>
              <Text size="sm" fw={500}>
                {t(`plan.deadlines.kinds.${row.kind}`)}
              </Text>
              <Text size="sm">{t('plan.deadlines.due', { date: formatDate(row.dueDate) })}</Text>
              {row.goalText ? (
                <Text size="sm" c="dimmed">
                  · {shortText(row.goalText, 70)}
                </Text>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
