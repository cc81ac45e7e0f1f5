// The deadlines' filters: residence, contact person (for users who may read staff) and horizon.
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { useStaffOptions } from '../lookups/use-staff-options';
import { HORIZONS, type DeadlineFilterValues } from './deadline-filters';

interface DeadlineFilterBarProps {
  value: DeadlineFilterValues;
  onChange: (next: DeadlineFilterValues) => void;
}

export function DeadlineFilterBar({ value, onChange }: DeadlineFilterBarProps) {
  const { t } = useTranslation();
  const residences = useResidenceOptions();
  const staff = useStaffOptions();
  const set = <K extends keyof DeadlineFilterValues>(key: K, next: DeadlineFilterValues[K]) => onChange({ ...value, [key]: next });
  const horizonOptions = HORIZONS.map((days) => ({ value: String(days), label: t('planOverview.deadlines.filters.days', { count: days }) }));

  return (
    <Group gap="sm" align="flex-end" mb="md">
      {residences.options.length > 1 ? (
        <Select
          label={t('planOverview.deadlines.filters.residence')}
          placeholder={t('planOverview.deadlines.filters.anyResidence')}
          data={residences.options}
          value={value.residenceId}
          onChange={(next) => set('residenceId', next)}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={{ base: '100%', xs: 240 }}
        />
      ) : null}
      {staff.allowed ? (
        <Select
          label={t('planOverview.deadlines.filters.contact')}
          placeholder={t('planOverview.deadlines.filters.anyContact')}
          data={staff.options}
          value={value.contactStaffId}
          onChange={(next) => set('contactStaffId', next)}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={{ base: '100%', xs: 280 }}
        />
      ) : null}
      <Select
        label={t('planOverview.deadlines.filters.horizon')}
        data={horizonOptions}
        value={String(value.withinDays)}
        onChange={(next) => next && set('withinDays', Number(next))}
        allowDeselect={false}
        w={{ base: '100%', xs: 160 }}
      />
    </Group>
  );
}
