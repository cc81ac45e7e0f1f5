// Legal basis code -> its paragraph ("Serviceloven § 108"), for tables that show the paragraph
// and keep the full title for a tooltip.
import { useMemo } from 'react';
import { useRpcQuery } from '../../rpc/use-rpc';

export function useLegalBasisParagraphs(): ReadonlyMap<string, string> {
  const bases = useRpcQuery('residences.legalBases', { includeInactive: true });
  return useMemo(() => new Map((bases.data ?? []).map((basis) => [basis.code, basis.paragraph])), [bases.data]);
}
