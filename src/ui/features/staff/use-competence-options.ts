// Competences as MultiSelect options (value = id as text), active ones only, except those already
// chosen (a deactivated competence a person still has stays visible); nameOf for tables.
import type { ComboboxItem } from '@mantine/core';
import { useRpcQuery } from '../../rpc/use-rpc';

export function useCompetenceOptions(keepIds: readonly number[] = []): { options: ComboboxItem[]; nameOf: (id: number) => string; loading: boolean } {
  const competences = useRpcQuery('competences.list', { includeInactive: true });
  const rows = competences.data ?? [];
  const options = rows.filter((row) => row.active || keepIds.includes(row.id)).map((row) => ({ value: String(row.id), label: row.name }));
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return { options, nameOf: (id) => names.get(id) ?? `#${id}`, loading: competences.isPending };
}
