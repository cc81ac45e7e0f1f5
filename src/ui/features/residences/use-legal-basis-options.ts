// Legal bases as Select options: active ones, plus the current value even if it has been retired.
import type { ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../rpc/use-rpc';

export function useLegalBasisOptions(currentCode: string | null): { options: ComboboxItem[]; loading: boolean } {
  const { t } = useTranslation();
  const bases = useRpcQuery('residences.legalBases', { includeInactive: true });
  const options = (bases.data ?? [])
    .filter((basis) => basis.active || basis.code === currentCode)
    .map((basis) => ({
      value: basis.code,
      label: `${basis.paragraph} – ${basis.title}${basis.active ? '' : ` (${t('legalBases.inactive')})`}`,
    }));
  return { options, loading: bases.isPending };
}
