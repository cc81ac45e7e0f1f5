// "Historik": closed goals, newest closing first, read-only: outcome, closing date and note, the
// follow-up decision, the citizen's words, and the chart and evaluations as they ended.
import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contract/areas/plans';
import type { GoalStatus } from '../../../contract/plan-terms';
import { SectionHeader } from '../../components/section-header';
import { formatDate } from '../../format/dates';
import { CitizenWords } from './citizen-words';
import { EvaluationList } from './evaluation-list';
import { Fact } from './goal-card';
import { ProgressionChart } from './progression-chart';

const OUTCOME_COLOR: Record<GoalStatus, string> = { aktiv: 'teal', opnaaet: 'teal', 'delvist-opnaaet': 'yellow', 'ikke-opnaaet': 'red', afsluttet: 'gray' };

export function GoalHistory({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  const rows = [...goals].sort((a, b) => (b.closedDate ?? '').localeCompare(a.closedDate ?? ''));
  return (
    <Paper p="lg" radius="md" data-testid="goal-history" component="section" aria-label={t('plan.history.title')}>
      <SectionHeader title={t('plan.history.title')} description={t('plan.history.intro')} mb="md" />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('plan.history.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {rows.map((goal) => (
            <ClosedGoal key={goal.id} goal={goal} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function ClosedGoal({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  return (
    <Card radius="md" padding="lg" withBorder component="article" aria-label={goal.professionalText} data-testid={`closed-goal-${goal.id}`} bg="var(--mantine-color-default-hover)">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{goal.themeLabel}</Text>
            <Text size="sm">{goal.professionalText}</Text>
          </div>
          <Group gap={6}>
            <Badge color={OUTCOME_COLOR[goal.status]} variant="light" data-testid={`goal-status-${goal.id}`}>
              {t(`plan.statuses.${goal.status}`)}
            </Badge>
            {goal.closedDate ? (
              <Text size="sm" c="dimmed">
                {t('plan.history.closedOn', { date: formatDate(goal.closedDate) })}
              </Text>
            ) : null}
          </Group>
        </Group>
        <CitizenWords words={goal.citizenWords} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ProgressionChart goal={goal} />
          <Stack gap="sm">
            <Fact label={t('plan.history.closingNote')}>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid={`closing-note-${goal.id}`}>
                {goal.closingNote}
              </Text>
            </Fact>
            {goal.followUpDecision ? <Fact label={t('plan.history.decision')}>{t(`plan.decisions.${goal.followUpDecision}`)}</Fact> : null}
            <Group gap="xl">
              <Fact label={t('plan.goals.start')}>{formatDate(goal.startDate)}</Fact>
              <Fact label={t('plan.goals.goalType')}>{t(`plan.goalTypes.${goal.goalType}`)}</Fact>
              {goal.responsibleStaffName ? <Fact label={t('plan.goals.responsible')}>{goal.responsibleStaffName}</Fact> : null}
            </Group>
          </Stack>
        </SimpleGrid>
        <EvaluationList evaluations={goal.evaluations} goalId={goal.id} />
      </Stack>
    </Card>
  );
}
