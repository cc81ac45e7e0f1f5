// "Afslut mål" (goals.close): outcome, date, the closing evaluation (required), optional final
// scores and the FFB follow-up decision. The goal then moves to Historik, read-only.
import { Alert, Modal, Radio, Select, SimpleGrid, Stack, Text, Textarea, Group } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconSubtask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Goal } from '../../../contract/areas/plans';
import type { FollowUpDecision, GoalOutcome } from '../../../contract/plan-terms';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { decisionOptions, NOT_ASSESSED, outcomeOptions, scoreValue } from './plan-labels';
import { GoalHeading } from './goal-heading';
import { ScoreFields, type ScoreValues } from './score-fields';

const schema = contract['goals.close'].input;

interface CloseValues extends ScoreValues {
  outcome: GoalOutcome | null;
  closedDate: string | null;
  note: string;
  decision: FollowUpDecision | null;
}

export function CloseGoalModal({ goal, openSubGoals, onClose }: { goal: Goal | null; openSubGoals: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={goal !== null} onClose={onClose} title={t('plan.close.title')} size="lg">
      {goal ? <CloseGoalForm goal={goal} openSubGoals={openSubGoals} onClose={onClose} /> : null}
    </Modal>
  );
}

function CloseGoalForm({ goal, openSubGoals, onClose }: { goal: Goal; openSubGoals: number; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useRpcMutation('goals.close');
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: CloseValues) => ({
    id: goal.id,
    version: goal.version,
    outcome: values.outcome,
    closedDate: values.closedDate,
    note: values.note,
    decision: values.decision,
    functionLevel: scoreValue(values.functionLevel),
    gas: scoreValue(values.gas),
    supportNeed: scoreValue(values.supportNeed),
  });
  const form = useForm<CloseValues>({
    initialValues: { outcome: null, closedDate: todayIso(), note: '', decision: null, functionLevel: NOT_ASSESSED, gas: NOT_ASSESSED, supportNeed: NOT_ASSESSED },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await close.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('plan.close.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <GoalHeading goal={goal} />
        <Text size="sm" c="dimmed">
          {t('plan.close.intro')}
        </Text>
        {openSubGoals > 0 ? (
          <Alert color="orange" variant="light" p="sm" icon={<IconSubtask size={18} />}>
            {t('plan.close.openSubGoals', { count: openSubGoals })}
          </Alert>
        ) : null}
        <Radio.Group label={t('plan.close.outcome')} withAsterisk {...form.getInputProps('outcome')}>
          <Group mt={6}>
            {outcomeOptions(t).map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('plan.close.closedDate')} withAsterisk {...form.getInputProps('closedDate')} />
          <Select label={t('plan.close.decision')} placeholder={t('plan.close.decisionPlaceholder')} clearable data={decisionOptions(t)} {...form.getInputProps('decision')} />
        </SimpleGrid>
        <Textarea
          label={t('plan.close.note')}
          description={t('plan.close.noteHint')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('note')}
        />
        <Text size="sm" fw={500} mb={-8}>
          {t('plan.close.scores')}
        </Text>
        <ScoreFields form={form} />
        <FormFooter problem={problem} saving={close.isPending} submitLabel={t('plan.close.submit')} onCancel={onClose} />
      </Stack>
    </form>
  );
}
