// A goal's movement from its first to its latest evaluation: Fremgang (green, up), Uændret (grey),
// Tilbagegang (red, down), or too few evaluations to say.
import { Badge } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Movement } from '../../../contract/plan-terms';

const LOOK: Record<Movement, { color: string; icon: typeof IconArrowRight }> = {
  frem: { color: 'teal', icon: IconArrowUpRight },
  uaendret: { color: 'gray', icon: IconArrowRight },
  tilbage: { color: 'red', icon: IconArrowDownRight },
  ukendt: { color: 'gray', icon: IconMinus },
};

export function MovementBadge({ movement, testId }: { movement: Movement; testId?: string }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = LOOK[movement];
  return (
    <Badge color={color} variant={movement === 'ukendt' ? 'outline' : 'light'} leftSection={<Icon size={12} />} data-testid={testId} data-movement={movement}>
      {t(`plan.movements.${movement}`)}
    </Badge>
  );
}
