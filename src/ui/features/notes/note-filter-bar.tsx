// The dagbog's filters: goal, FFB theme, til statusrapport and period; every one labelled.
import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { hasNoteFilters, NO_NOTE_FILTERS, type NoteFilterValues } from './note-filters';
import { THEME_OPTIONS, type GoalOptions } from './use-note-options';

interface NoteFilterBarProps {
  value: NoteFilterValues;
  onChange: (next: NoteFilterValues) => void;
  goals: GoalOptions;
}

export function NoteFilterBar({ value, onChange, goals }: NoteFilterBarProps) {
  const { t } = useTranslation();
  const set = <K extends keyof NoteFilterValues>(key: K, next: NoteFilterValues[K]) => onChange({ ...value, [key]: next });
  const statusOptions = (['all', 'only', 'not'] as const).map((option) => ({ value: option, label: t(`notes.filters.${option}`) }));

  return (
    <Group gap="sm" align="flex-end" mb="md">
      <Select label={t('notes.filters.goal')} placeholder={t('notes.filters.anyGoal')} data={goals.all} value={value.goalId} onChange={(next) => set('goalId', next)} clearable searchable nothingFoundMessage={t('common.nothingFound')} w={{ base: '100%', xs: 230 }} />
      <Select
        label={t('notes.filters.theme')}
        placeholder={t('notes.filters.anyTheme')}
        data={THEME_OPTIONS}
        value={value.themeCode}
        onChange={(next) => set('themeCode', next)}
        clearable
        searchable
        maxDropdownHeight={320}
        nothingFoundMessage={t('common.nothingFound')}
        w={{ base: '100%', xs: 230 }}
      />
      <Select label={t('notes.filters.statusReport')} data={statusOptions} value={value.statusReport} onChange={(next) => set('statusReport', (next ?? 'all') as NoteFilterValues['statusReport'])} allowDeselect={false} w={{ base: '100%', xs: 190 }} />
      <DateField label={t('notes.filters.from')} value={value.from} onChange={(next) => set('from', next)} maxDate={value.to ?? undefined} clearable w={150} />
      <DateField label={t('notes.filters.to')} value={value.to} onChange={(next) => set('to', next)} minDate={value.from ?? undefined} clearable w={150} />
      <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(NO_NOTE_FILTERS)} disabled={!hasNoteFilters(value)}>
        {t('notes.filters.clear')}
      </Button>
    </Group>
  );
}
