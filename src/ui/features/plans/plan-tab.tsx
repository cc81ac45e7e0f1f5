// A citizen's pædagogisk plan tab (`#/borgere/12/plan`): deadlines needing attention, the § 141
// handleplan, active goals with their sub-goals, the citizen's progression, meetings, and the
// history of closed goals. It holds which form is open; each part lives in its own file.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contract/areas/plans';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ActionModal, type ActionTarget } from './action-modal';
import { CitizenProgression } from './citizen-progression';
import { CloseGoalModal } from './close-goal-modal';
import { DeadlinesAlert } from './deadlines-alert';
import { EvaluationModal } from './evaluation-modal';
import { GoalCard, type GoalHandlers } from './goal-card';
import { GoalDrawer, type GoalDrawerTarget } from './goal-drawer';
import { GoalHistory } from './goal-history';
import { HandleplanCard } from './handleplan-card';
import { HandleplanModal } from './handleplan-modal';
import { MeetingModal } from './meeting-modal';
import { MeetingsSection } from './meetings-section';

type Dialog =
  | { kind: 'goal'; target: GoalDrawerTarget }
  | { kind: 'evaluate'; goal: Goal }
  | { kind: 'close'; goal: Goal }
  | { kind: 'action'; target: ActionTarget }
  | { kind: 'meeting' }
  | { kind: 'handleplan' };

export function PlanTab({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('plans.write');
  const plan = useRpcQuery('plans.get', { citizenId });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  if (plan.isPending) return <CenteredLoader fullPage={false} />;
  if (plan.isError) return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;

  const { goals, handleplan, meetings, deadlines } = plan.data;
  const active = goals.filter((goal) => goal.status === 'aktiv');
  const closed = goals.filter((goal) => goal.status !== 'aktiv');
  const activeIds = new Set(active.map((goal) => goal.id));
  // A sub-goal shows under its goal while that goal is active; otherwise on its own.
  const topLevel = active.filter((goal) => goal.parentId === null || !activeIds.has(goal.parentId));
  const subGoalsOf = (goal: Goal) => active.filter((sub) => sub.parentId === goal.id);
  const handlers: GoalHandlers = {
    onEdit: (goal) => setDialog({ kind: 'goal', target: { kind: 'edit', goal } }),
    onEvaluate: (goal) => setDialog({ kind: 'evaluate', goal }),
    onClose: (goal) => setDialog({ kind: 'close', goal }),
    onAddSubGoal: (goal) => setDialog({ kind: 'goal', target: { kind: 'create', parent: goal } }),
    onAddAction: (goal) => setDialog({ kind: 'action', target: { goal, action: null } }),
    onEditAction: (goal, action) => setDialog({ kind: 'action', target: { goal, action } }),
  };

  return (
    <Stack gap="lg">
      <DeadlinesAlert deadlines={deadlines} />
      <HandleplanCard handleplan={handleplan} canWrite={canWrite} onEdit={() => setDialog({ kind: 'handleplan' })} />
      <Paper p="lg" radius="md" component="section" aria-label={t('plan.goals.title')}>
        <SectionHeader
          title={t('plan.goals.title')}
          description={t('plan.goals.intro')}
          mb="md"
          action={
            canWrite ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'goal', target: { kind: 'create', parent: null } })}>
                {t('plan.goals.create')}
              </Button>
            ) : null
          }
        />
        {topLevel.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t('plan.goals.empty')}
          </Text>
        ) : (
          <Stack gap="md">
            {topLevel.map((goal) => (
              <GoalCard key={goal.id} goal={goal} subGoals={subGoalsOf(goal)} canWrite={canWrite} handlers={handlers} />
            ))}
          </Stack>
        )}
      </Paper>
      <CitizenProgression goals={active} />
      <MeetingsSection meetings={meetings} canWrite={canWrite} onCreate={() => setDialog({ kind: 'meeting' })} />
      <GoalHistory goals={closed} />

      <GoalDrawer citizenId={citizenId} target={dialog?.kind === 'goal' ? dialog.target : null} onClose={close} />
      <EvaluationModal goal={dialog?.kind === 'evaluate' ? dialog.goal : null} onClose={close} />
      <CloseGoalModal goal={dialog?.kind === 'close' ? dialog.goal : null} openSubGoals={dialog?.kind === 'close' ? subGoalsOf(dialog.goal).length : 0} onClose={close} />
      <ActionModal target={dialog?.kind === 'action' ? dialog.target : null} onClose={close} />
      <MeetingModal citizenId={citizenId} opened={dialog?.kind === 'meeting'} onClose={close} />
      <HandleplanModal citizenId={citizenId} handleplan={handleplan} opened={dialog?.kind === 'handleplan'} onClose={close} />
    </Stack>
  );
}
