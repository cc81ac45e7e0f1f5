// A citizen's status at a glance: lives here, on the waiting list, moved out, or no stay.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitizenStatus } from '../../../contract/areas/citizens';

const COLORS: Record<CitizenStatus, string> = { current: 'teal', waiting: 'blue', moved_out: 'gray', none: 'gray' };

export function CitizenStatusBadge({ status, size = 'sm' }: { status: CitizenStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'none' ? 'outline' : 'light'} color={COLORS[status]} size={size}>
      {t(`citizens.status.${status}`)}
    </Badge>
  );
}
