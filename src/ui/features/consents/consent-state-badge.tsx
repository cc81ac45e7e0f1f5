// A consent's state at a glance: active green, expiring orange, expired grey, revoked red.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentState } from '../../../contract/areas/consents';

const COLORS: Record<ConsentState, string> = { aktiv: 'teal', udloeber: 'orange', udloebet: 'gray', tilbagekaldt: 'red' };

export function ConsentStateBadge({ state }: { state: ConsentState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant={state === 'aktiv' || state === 'udloeber' ? 'filled' : 'light'} data-state={state}>
      {t(`consents.states.${state}`)}
    </Badge>
  );
}
