// The period for the occupancy percentage: a Danish date range (dd-mm-åååå, week numbers),
// the current month by default.
import { DatePickerInput } from '@mantine/dates';
import { IconCalendarStats } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DATE_PICKER_DEFAULTS } from '../../format/dates';

export type Period = [string | null, string | null];

export function OccupancyPeriodInput({ value, onChange }: { value: Period; onChange: (next: Period) => void }) {
  const { t } = useTranslation();
  return (
    <DatePickerInput
      type="range"
      {...DATE_PICKER_DEFAULTS}
      label={t('occupancy.period')}
      placeholder={t('occupancy.periodPlaceholder')}
      leftSection={<IconCalendarStats size={16} />}
      value={value}
      onChange={(next) => onChange([next[0] ? String(next[0]) : null, next[1] ? String(next[1]) : null])}
      allowSingleDateInRange
      w={250}
    />
  );
}
