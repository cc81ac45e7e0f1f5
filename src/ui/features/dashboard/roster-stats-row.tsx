// The roster at a glance on the dashboard, for users who read rosters: this week's continuity
// (the share of substitute shifts covered by substitutes the residence knows from the previous 8
// weeks, across the residences the user may see) and the open shifts of the coming 14 days.
import { SimpleGrid } from '@mantine/core';
import { IconCalendarExclamation, IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../format/dates';
import { formatInteger, formatPercent } from '../../format/numbers';
import { useRpcQuery } from '../../rpc/use-rpc';
import { addDays, mondayOf } from '../roster/roster-route';
import { StatCard } from './stat-card';

const OPEN_HORIZON_DAYS = 14;

export function RosterStatsRow() {
  const { t } = useTranslation();
  const today = todayIso();
  const monday = mondayOf(today);
  const continuity = useRpcQuery('roster.continuity', { from: monday, to: addDays(monday, 6), residenceId: null });
  const open = useRpcQuery('roster.openShifts', { from: today, to: addDays(today, OPEN_HORIZON_DAYS - 1), residenceId: null });
  const weeks = continuity.data ?? [];
  const substituteShifts = weeks.reduce((sum, row) => sum + row.substituteShifts, 0);
  const knownShifts = weeks.reduce((sum, row) => sum + row.knownShifts, 0);
  const dash = t('common.none');

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
      <StatCard
        label={t('roster.dashboard.continuity')}
        value={continuity.data ? (substituteShifts > 0 ? formatPercent((100 * knownShifts) / substituteShifts) : dash) : dash}
        hint={continuity.data ? t('roster.dashboard.continuityHint', { known: knownShifts, total: substituteShifts }) : undefined}
        icon={<IconHeartHandshake size={24} stroke={1.6} />}
        testId="stat-roster-continuity"
      />
      <StatCard
        label={t('roster.dashboard.openShifts', { days: OPEN_HORIZON_DAYS })}
        value={open.data ? formatInteger(open.data.length) : dash}
        color={open.data && open.data.length > 0 ? 'red' : undefined}
        icon={<IconCalendarExclamation size={24} stroke={1.6} />}
        testId="stat-roster-open"
      />
    </SimpleGrid>
  );
}
