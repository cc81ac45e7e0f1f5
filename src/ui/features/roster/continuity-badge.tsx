// "Kontinuitet 75 %" for the shown period: known-substitute shifts over all substitute shifts.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContinuityWeek } from '../../../contract/areas/roster';

export function continuityShare(weeks: readonly ContinuityWeek[]): number | null {
  const shifts = weeks.reduce((sum, week) => sum + week.substituteShifts, 0);
  const known = weeks.reduce((sum, week) => sum + week.knownShifts, 0);
  return shifts > 0 ? known / shifts : null;
}

export function ContinuityBadge({ weeks }: { weeks: readonly ContinuityWeek[] }) {
  const { t } = useTranslation();
  const share = continuityShare(weeks);
  const color = share === null ? 'gray' : share >= 0.75 ? 'teal' : share >= 0.5 ? 'yellow' : 'red';
  return (
    <Tooltip label={t('roster.continuityHint')} multiline w={280}>
      <Badge size="lg" variant="light" color={color} data-testid="continuity">
        {share === null ? t('roster.continuityNone') : t('roster.continuity', { share: `${Math.round(share * 100)} %` })}
      </Badge>
    </Tooltip>
  );
}
