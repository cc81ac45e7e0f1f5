// One week of the basisplan: shift type × weekday, each cell a MultiSelect of the residence's
// permanent staff; read-only without roster.write.
import type { ComboboxItem } from '@mantine/core';
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../../contract/areas/roster-setup';
import { cellKey } from './rotation-values';
import { ShiftWeekMatrix } from './shift-week-matrix';

interface RotationWeekGridProps {
  week: number;
  shiftTypes: readonly ShiftType[];
  staffOptions: ComboboxItem[];
  cells: Record<string, string[]>;
  onChange: (key: string, staffIds: string[]) => void;
  readOnly: boolean;
}

export function RotationWeekGrid({ week, shiftTypes, staffOptions, cells, onChange, readOnly }: RotationWeekGridProps) {
  const { t } = useTranslation();
  return (
    <ShiftWeekMatrix
      shiftTypes={shiftTypes}
      renderCell={(shiftType, weekday) => {
        const key = cellKey(week, weekday, shiftType.id);
        const value = cells[key] ?? [];
        return (
          <MultiSelect
            size="xs"
            data={staffOptions}
            value={value}
            onChange={(staffIds) => onChange(key, staffIds)}
            placeholder={value.length ? undefined : t('rosterSetup.rotation.staffPlaceholder')}
            aria-label={t('rosterSetup.rotation.cell', { shift: shiftType.name, day: t(`rosterSetup.weekdays.${weekday}`), week })}
            searchable
            hidePickedOptions
            rightSection={<span />}
            rightSectionWidth={6}
            readOnly={readOnly}
            comboboxProps={{ width: 240, position: 'bottom-start' }}
          />
        );
      }}
    />
  );
}
