// Active staff as Select options for contact persons, only for users who may read staff; a chosen
// person who has since become inactive stays selectable so the form does not lose them.
import type { ComboboxItem } from '@mantine/core';
import { useCan } from '../../app/current-user';
import { useRpcQuery } from '../../rpc/use-rpc';

export function useStaffOptions(keepIds: readonly (number | null)[] = []): { options: ComboboxItem[]; loading: boolean; allowed: boolean } {
  const allowed = useCan('staff.read');
  const staff = useRpcQuery('staff.list', { includeInactive: true }, { enabled: allowed });
  const options = (staff.data ?? [])
    .filter((row) => row.active || keepIds.includes(row.id))
    .map((row) => ({ value: String(row.id), label: row.homeResidenceName ? `${row.name} (${row.homeResidenceName})` : row.name }));
  return { options, loading: allowed && staff.isPending, allowed };
}
