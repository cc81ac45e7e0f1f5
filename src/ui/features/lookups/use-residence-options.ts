// Active residences as Select options (value = id as text), in Danish order; optionally with
// today's free places from residences.occupancy, so a full residence is visible before saving.
import type { ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../format/dates';
import { sortDanish } from '../../format/danish-sort';
import { useRpcQuery } from '../../rpc/use-rpc';

export function useResidenceOptions({ withFree = false }: { withFree?: boolean } = {}): { options: ComboboxItem[]; loading: boolean; nameOf: (id: number | null) => string } {
  const { t } = useTranslation();
  const residences = useRpcQuery('residences.list', {});
  const today = todayIso();
  const occupancy = useRpcQuery('residences.occupancy', { from: today, to: today }, { enabled: withFree });
  const free = new Map((occupancy.data ?? []).map((row) => [row.residenceId, row.freeToday]));
  const rows = sortDanish(residences.data ?? [], (row) => row.name);
  const options = rows.map((row) => {
    const count = free.get(row.id);
    return { value: String(row.id), label: withFree && count !== undefined ? t('citizens.stays.freeToday', { name: row.name, count }) : row.name };
  });
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return { options, loading: residences.isPending, nameOf: (id) => (id === null ? '' : (names.get(id) ?? '')) };
}
