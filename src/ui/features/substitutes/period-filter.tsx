// The filter bar the Vikarer tabs share: a residence (or all) and a period from-to.
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { toIsoDate } from '../../format/dates';
import { useResidenceOptions } from '../lookups/use-residence-options';

export interface PeriodFilterValue {
  residenceId: number | null;
  from: string;
  to: string;
}

export function PeriodFilter({ value, onChange }: { value: PeriodFilterValue; onChange: (value: PeriodFilterValue) => void }) {
  const { t } = useTranslation();
  const residences = useResidenceOptions();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('roster.residence')}
        placeholder={t('roster.substitutes.allResidences')}
        clearable
        searchable
        data={residences.options}
        value={value.residenceId === null ? null : String(value.residenceId)}
        onChange={(id) => onChange({ ...value, residenceId: id ? Number(id) : null })}
        w={260}
      />
      <DateField label={t('roster.substitutes.from')} value={value.from} onChange={(date) => onChange({ ...value, from: toIsoDate(date) ?? value.from })} w={170} />
      <DateField label={t('roster.substitutes.to')} value={value.to} onChange={(date) => onChange({ ...value, to: toIsoDate(date) ?? value.to })} w={170} />
    </Group>
  );
}
