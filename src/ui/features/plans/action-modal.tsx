// Add (goals.addAction) or edit (goals.updateAction) an action on an active goal: what is done,
// by which method (suggestions, or free text), and how far it has come.
import { Autocomplete, Modal, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Goal, GoalAction } from '../../../contract/areas/plans';
import { ACTION_METHOD_SUGGESTIONS, type ActionStatus } from '../../../contract/plan-terms';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';
import { actionStatusOptions } from './plan-labels';

const addSchema = contract['goals.addAction'].input;
const updateSchema = contract['goals.updateAction'].input;

interface ActionValues {
  title: string;
  method: string;
  status: ActionStatus;
}

export interface ActionTarget {
  goal: Goal;
  action: GoalAction | null;
}

export function ActionModal({ target, onClose }: { target: ActionTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.action ? t('plan.actions.editTitle') : t('plan.actions.createTitle')}>
      {target ? <ActionForm target={target} onClose={onClose} /> : null}
    </Modal>
  );
}

function ActionForm({ target, onClose }: { target: ActionTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { goal, action } = target;
  const add = useRpcMutation('goals.addAction');
  const update = useRpcMutation('goals.updateAction');
  const toRaw = (values: ActionValues) => (action ? { ...values, id: action.id, version: action.version } : { ...values, goalId: goal.id });
  const addResolver = schemaResolver(addSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const form = useForm<ActionValues>({
    initialValues: { title: action?.title ?? '', method: action?.method ?? '', status: action?.status ?? 'planlagt' },
    validate: (values) => (action ? updateResolver(toRaw(values)) : addResolver(toRaw(values))),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    if (action) await update.mutateAsync(updateSchema.parse(toRaw(values)));
    else await add.mutateAsync(addSchema.parse(toRaw(values)));
    notifySuccess(t('plan.actions.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('plan.actions.name')} withAsterisk data-autofocus {...form.getInputProps('title')} />
        <Autocomplete label={t('plan.actions.method')} description={t('plan.actions.methodHint')} data={[...ACTION_METHOD_SUGGESTIONS]} {...form.getInputProps('method')} />
        <Select label={t('plan.actions.status')} allowDeselect={false} data={actionStatusOptions(t)} {...form.getInputProps('status')} />
        <FormFooter problem={problem} saving={add.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
