// The four figures of the management information: active goals, goals reached this year, the
// share with progression and overdue follow-ups (test ids stat-goals-*, stat-followups-overdue).
import { SimpleGrid } from '@mantine/core';
import { IconAlarm, IconTargetArrow, IconTrendingUp, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanOverview } from '../../../contract/areas/plan-overview';
import { formatInteger, formatPercent } from '../../format/numbers';
import { StatCard } from '../dashboard/stat-card';

export function PlanStatCards({ totals }: { totals: PlanOverview['totals'] | undefined }) {
  const { t } = useTranslation();
  const dash = t('common.none');
  const count = (value: number | undefined) => (value === undefined ? dash : formatInteger(value));
  const share = totals?.progressionShare;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
      <StatCard label={t('planOverview.overview.activeGoals')} value={count(totals?.activeGoals)} icon={<IconTargetArrow size={24} stroke={1.6} />} testId="stat-goals-active" />
      <StatCard
        label={t('planOverview.overview.reachedThisYear')}
        value={count(totals?.reachedThisYear)}
        hint={totals ? t('planOverview.overview.reachedThisYearHint', { count: totals.closedThisYear }) : undefined}
        icon={<IconTrophy size={24} stroke={1.6} />}
        testId="stat-goals-reached"
        color="teal"
      />
      <StatCard
        label={t('planOverview.overview.progressionShare')}
        value={share === null || share === undefined ? dash : formatPercent(share * 100)}
        hint={totals ? (share === null ? t('planOverview.overview.noProgression') : t('planOverview.overview.progressionHint', { count: totals.evaluatedGoals })) : undefined}
        icon={<IconTrendingUp size={24} stroke={1.6} />}
        testId="stat-goals-progression"
      />
      <StatCard
        label={t('planOverview.overview.overdueFollowUps')}
        value={count(totals?.overdueFollowUps)}
        icon={<IconAlarm size={24} stroke={1.6} />}
        testId="stat-followups-overdue"
        color={totals && totals.overdueFollowUps > 0 ? 'red' : undefined}
      />
    </SimpleGrid>
  );
}
