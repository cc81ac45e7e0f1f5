// Frister on the dashboard (plans.deadlines, 30 days): overdue first, up to 8 rows with the due
// date, what is due and the citizen (linked to the plan), and a link to the Planer page.
import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/hash-route';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { DashboardListCard } from './dashboard-list-card';
import { DeadlineStateBadge } from '../plan-overview/deadline-state-badge';

const SHOWN = 8;
const DAYS = 30;

export function DeadlinesCard() {
  const { t } = useTranslation();
  const query = useRpcQuery('plans.deadlines', { residenceId: null, contactStaffId: null, withinDays: DAYS });
  // The server sends oldest first; overdue first keeps that order within each state.
  const rows = [...(query.data ?? [])].sort((a, b) => Number(b.state === 'overskredet') - Number(a.state === 'overskredet'));

  return (
    <DashboardListCard
      title={t('planOverview.dashboard.deadlinesTitle')}
      intro={t('planOverview.dashboard.deadlinesIntro', { days: DAYS })}
      action={
        <Button component="a" href={routeHref('planer', 'frister')} variant="subtle" size="compact-sm" rightSection={<IconArrowRight size={14} />}>
          {t('planOverview.dashboard.toPlans')}
        </Button>
      }
      query={query}
      rowCount={rows.length}
      empty={{ text: t('planOverview.dashboard.deadlinesEmpty'), testId: 'deadlines-empty' }}
      more={rows.length > SHOWN ? t('planOverview.dashboard.more', { shown: SHOWN, total: rows.length }) : null}
    >
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={6} horizontalSpacing="xs" data-testid="dashboard-deadlines" aria-label={t('planOverview.dashboard.deadlinesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planOverview.deadlines.columns.due')}</Table.Th>
              <Table.Th>{t('planOverview.deadlines.columns.citizen')}</Table.Th>
              <Table.Th>{t('planOverview.deadlines.columns.kind')}</Table.Th>
              <Table.Th>{t('planOverview.deadlines.columns.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <Table.Tr key={`${row.kind}-${row.citizenId}-${row.goalId ?? ''}-${row.dueDate}`}>
                <Table.Td>
                  <Text size="sm" c={row.state === 'overskredet' ? 'red' : undefined} fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(row.dueDate)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor href={routeHref('borgere', row.citizenId, 'plan')} size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {row.citizenName}
                  </Anchor>
                  {row.residenceName ? (
                    <Text size="xs" c="dimmed">
                      {row.residenceName}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {row.goalText ?? t(`planOverview.kinds.${row.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DeadlineStateBadge state={row.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </DashboardListCard>
  );
}
