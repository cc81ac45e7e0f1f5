// A deadline's state: red "Overskredet" or yellow "Forfalder snart".
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../../contract/plan-terms';

export function DeadlineStateBadge({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  return (
    <Badge variant={state === 'overskredet' ? 'filled' : 'light'} color={state === 'overskredet' ? 'red' : 'yellow'} radius="sm" style={{ width: 'max-content' }}>
      {t(`planOverview.states.${state}`)}
    </Badge>
  );
}
