// "Evaluér" (goals.addEvaluation): date (today by default), funktionsevneniveau and/or GAS,
// støttebehov, a note, and optionally the goal's next follow-up; the latest evaluation is shown for
// reference, not copied in. The server's refusals (a date before the goal's start or in the future)
// land on their fields.
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Goal } from '../../../contract/areas/plans';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { formatDate, todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { functionLevelLabel, gasLabel, NOT_ASSESSED, scoreValue } from './plan-labels';
import { GoalHeading } from './goal-heading';
import { ScoreFields, type ScoreValues } from './score-fields';

const schema = contract['goals.addEvaluation'].input;

interface EvaluationValues extends ScoreValues {
  date: string | null;
  note: string;
  nextFollowUp: string | null;
}

export function EvaluationModal({ goal, onClose }: { goal: Goal | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={goal !== null} onClose={onClose} title={t('plan.evaluation.title')} size="lg">
      {goal ? <EvaluationForm goal={goal} onClose={onClose} /> : null}
    </Modal>
  );
}

function EvaluationForm({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const { t } = useTranslation();
  const evaluate = useRpcMutation('goals.addEvaluation');
  const resolver = schemaResolver(schema, { sync: true });
  const last = goal.evaluations.at(-1);
  const toRaw = (values: EvaluationValues) => ({
    goalId: goal.id,
    date: values.date,
    functionLevel: scoreValue(values.functionLevel),
    gas: scoreValue(values.gas),
    supportNeed: scoreValue(values.supportNeed),
    note: values.note,
    nextFollowUp: values.nextFollowUp,
  });
  const form = useForm<EvaluationValues>({
    initialValues: {
      date: todayIso(),
      functionLevel: NOT_ASSESSED,
      gas: NOT_ASSESSED,
      supportNeed: NOT_ASSESSED,
      note: '',
      nextFollowUp: null,
    },
    validate: (values) => resolver(toRaw(values)),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await evaluate.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('plan.evaluation.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <GoalHeading goal={goal} />
        <DateField label={t('plan.evaluation.date')} withAsterisk w={{ base: '100%', xs: 220 }} {...form.getInputProps('date')} />
        {last ? (
          <Text size="xs" c="dimmed" data-testid="last-evaluation">
            {t('plan.evaluation.last', {
              date: formatDate(last.date),
              level: functionLevelLabel(t, last.functionLevel),
              gas: gasLabel(t, last.gas),
            })}
          </Text>
        ) : null}
        <ScoreFields form={form} />
        <Textarea label={t('plan.evaluation.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <DateField
          label={t('plan.evaluation.nextFollowUp')}
          description={t('plan.evaluation.nextFollowUpHint')}
          clearable
          minDate={form.values.date ?? undefined}
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('nextFollowUp')}
        />
        <FormFooter problem={problem} saving={evaluate.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
