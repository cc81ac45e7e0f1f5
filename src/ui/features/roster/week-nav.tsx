// Previous / today / next week, and the shown period: "Uge 10 · 02-03-2026 – 08-03-2026".
import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoWeekNumber } from '../../format/dates';
import { addDays } from './roster-route';

interface WeekNavProps {
  monday: string;
  weeks: number;
  onChange: (monday: string) => void;
  onToday: () => void;
}

export function WeekNav({ monday, weeks, onChange, onToday }: WeekNavProps) {
  const { t } = useTranslation();
  const last = addDays(monday, weeks * 7 - 1);
  const label =
    weeks === 1
      ? t('roster.weekLabel', { week: isoWeekNumber(monday), from: formatDate(monday), to: formatDate(last) })
      : t('roster.weeksLabel', { first: isoWeekNumber(monday), last: isoWeekNumber(last), from: formatDate(monday), to: formatDate(last) });
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon variant="default" size="lg" aria-label={t('roster.nav.previous')} onClick={() => onChange(addDays(monday, -7))}>
        <IconChevronLeft size={18} />
      </ActionIcon>
      <Button variant="default" onClick={onToday}>
        {t('roster.nav.today')}
      </Button>
      <ActionIcon variant="default" size="lg" aria-label={t('roster.nav.next')} onClick={() => onChange(addDays(monday, 7))}>
        <IconChevronRight size={18} />
      </ActionIcon>
      <Text fw={600} ml="xs" data-testid="period-label" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
    </Group>
  );
}
