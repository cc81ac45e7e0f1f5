// One active goal as a card: FFB theme, måltype, Kvalitetsmodel theme and status; the citizen's
// own words as a quote, the professional goal, start, next follow-up (red when overdue) and who is
// responsible; the progression chart, the actions, the evaluations; sub-goals nested below.
import { ActionIcon, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChartLine, IconPencil, IconSubtask } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalAction } from '../../../contract/areas/plans';
import { formatDate, todayIso } from '../../format/dates';
import { ActionList } from './action-list';
import { CitizenWords } from './citizen-words';
import { EvaluationList } from './evaluation-list';
import { shortText } from './plan-labels';
import { ProgressionChart } from './progression-chart';

/** What a goal card can ask the plan tab to open. */
export interface GoalHandlers {
  onEdit: (goal: Goal) => void;
  onEvaluate: (goal: Goal) => void;
  onClose: (goal: Goal) => void;
  onAddSubGoal: (goal: Goal) => void;
  onAddAction: (goal: Goal) => void;
  onEditAction: (goal: Goal, action: GoalAction) => void;
}

interface GoalCardProps {
  goal: Goal;
  subGoals: Goal[];
  canWrite: boolean;
  handlers: GoalHandlers;
}

export function GoalCard({ goal, subGoals, canWrite, handlers }: GoalCardProps) {
  const { t } = useTranslation();
  const isSub = goal.parentId !== null;
  return (
    <Card
      radius="md"
      padding={isSub ? 'md' : 'lg'}
      withBorder
      component="article"
      aria-label={goal.professionalText}
      data-testid={`goal-${goal.id}`}
      style={isSub ? { borderLeft: '4px solid var(--mantine-color-petrol-3)' } : undefined}
    >
      <Stack gap="sm">
        <GoalHead goal={goal} canWrite={canWrite} handlers={handlers} />
        <CitizenWords words={goal.citizenWords} testId={`goal-words-${goal.id}`} />
        <div>
          <Label>{t('plan.goals.professional')}</Label>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {goal.professionalText}
          </Text>
        </div>
        <GoalDates goal={goal} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ProgressionChart goal={goal} />
          <ActionList goal={goal} canWrite={canWrite} onAdd={() => handlers.onAddAction(goal)} onEdit={(action) => handlers.onEditAction(goal, action)} />
        </SimpleGrid>
        <EvaluationList evaluations={goal.evaluations} goalId={goal.id} />
        {subGoals.length ? <SubGoals subGoals={subGoals} canWrite={canWrite} handlers={handlers} /> : null}
      </Stack>
    </Card>
  );
}

function SubGoals({ subGoals, canWrite, handlers }: { subGoals: Goal[]; canWrite: boolean; handlers: GoalHandlers }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="xs">
      <Text fw={600} size="sm">
        {t('plan.goals.subGoals')} ({subGoals.length})
      </Text>
      {subGoals.map((sub) => (
        <GoalCard key={sub.id} goal={sub} subGoals={[]} canWrite={canWrite} handlers={handlers} />
      ))}
    </Stack>
  );
}

function GoalHead({ goal, canWrite, handlers }: { goal: Goal; canWrite: boolean; handlers: GoalHandlers }) {
  const { t } = useTranslation();
  const name = shortText(goal.professionalText);
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
      <div>
        <Group gap={6}>
          {goal.parentId !== null ? (
            <Badge size="sm" variant="outline" color="petrol">
              {t('plan.goals.subGoal')}
            </Badge>
          ) : null}
          <Text fw={600} data-testid={`goal-theme-${goal.id}`}>
            {goal.themeLabel}
          </Text>
        </Group>
        <Group gap={6} mt={4}>
          <Badge size="sm" variant="light" color="petrol">
            {t(`plan.goalTypesLong.${goal.goalType}`)}
          </Badge>
          {goal.qualityTheme ? (
            <Badge size="sm" variant="light" color="grape">
              {t(`plan.qualityThemes.${goal.qualityTheme}`)}
            </Badge>
          ) : null}
          <Badge size="sm" variant="dot" color={goal.status === 'aktiv' ? 'teal' : 'gray'} data-testid={`goal-status-${goal.id}`}>
            {t(`plan.statuses.${goal.status}`)}
          </Badge>
        </Group>
      </div>
      {canWrite && goal.status === 'aktiv' ? (
        <Group gap={6}>
          <Button size="xs" leftSection={<IconChartLine size={14} />} onClick={() => handlers.onEvaluate(goal)} aria-label={t('plan.goals.evaluateNamed', { text: name })}>
            {t('plan.goals.evaluate')}
          </Button>
          {goal.parentId === null ? (
            <Button size="xs" variant="default" leftSection={<IconSubtask size={14} />} onClick={() => handlers.onAddSubGoal(goal)} aria-label={t('plan.goals.addSubGoalNamed', { text: name })}>
              {t('plan.goals.addSubGoal')}
            </Button>
          ) : null}
          <Button size="xs" variant="default" leftSection={<IconCheck size={14} />} onClick={() => handlers.onClose(goal)} aria-label={t('plan.goals.closeNamed', { text: name })}>
            {t('plan.goals.close')}
          </Button>
          <Tooltip label={t('common.edit')}>
            <ActionIcon variant="subtle" size="lg" onClick={() => handlers.onEdit(goal)} aria-label={t('plan.goals.editNamed', { text: name })}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ) : null}
    </Group>
  );
}

function GoalDates({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const overdue = goal.nextFollowUp !== null && goal.nextFollowUp < todayIso();
  return (
    <Group gap="xl" wrap="wrap">
      <Fact label={t('plan.goals.start')}>{formatDate(goal.startDate)}</Fact>
      {goal.nextFollowUp ? (
        <Fact label={t('plan.goals.nextFollowUp')}>
          <Text span size="sm" c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined} data-testid={`goal-follow-up-${goal.id}`} data-overdue={overdue}>
            {formatDate(goal.nextFollowUp)}
            {overdue ? ` (${t('plan.goals.overdue')})` : ''}
          </Text>
        </Fact>
      ) : null}
      <Fact label={t('plan.goals.responsible')}>{goal.responsibleStaffName ?? <Text span size="sm" c="dimmed">{t('plan.goals.noResponsible')}</Text>}</Fact>
    </Group>
  );
}

function Label({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" fw={600} tt="uppercase">
      {children}
    </Text>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Label>{label}</Label>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
