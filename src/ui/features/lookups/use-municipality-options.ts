// Denmark's 98 municipalities (reference.municipalities) as searchable Select options by code.
import type { ComboboxItem } from '@mantine/core';
import { useRpcQuery } from '../../rpc/use-rpc';

export function useMunicipalityOptions(): { options: ComboboxItem[]; loading: boolean } {
  const municipalities = useRpcQuery('reference.municipalities', {}, { staleTime: Infinity });
  const options = (municipalities.data ?? []).map((row) => ({ value: row.code, label: row.name }));
  return { options, loading: municipalities.isPending };
}
