// "Ret handleplan" (plans.updateHandleplan): the § 141 purpose, its date and who it came from. The
// version read with the plan guards against overwriting someone else's change (reload offered).
import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Handleplan } from '../../../contract/areas/plans';
import { DateField } from '../../components/date-field';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['plans.updateHandleplan'].input;

interface HandleplanValues {
  purpose: string;
  date: string | null;
  receivedFrom: string;
}

const toValues = (handleplan: Handleplan): HandleplanValues => ({ purpose: handleplan.purpose ?? '', date: handleplan.date, receivedFrom: handleplan.receivedFrom ?? '' });

interface HandleplanModalProps {
  citizenId: number;
  handleplan: Handleplan;
  opened: boolean;
  onClose: () => void;
}

export function HandleplanModal({ citizenId, handleplan, opened, onClose }: HandleplanModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.handleplan.editTitle')} size="lg">
      {opened ? <HandleplanForm citizenId={citizenId} handleplan={handleplan} onClose={onClose} /> : null}
    </Modal>
  );
}

function HandleplanForm({ citizenId, handleplan, onClose }: Omit<HandleplanModalProps, 'opened'>) {
  const { t } = useTranslation();
  const save = useRpcMutation('plans.updateHandleplan');
  const [version, setVersion] = useState(handleplan.version);
  const resolver = schemaResolver(schema, { sync: true });
  const toRaw = (values: HandleplanValues) => ({ ...values, citizenId, version });
  const form = useForm<HandleplanValues>({ initialValues: toValues(handleplan), validate: (values) => resolver(toRaw(values)) });

  const { submit, problem, conflict, clearProblem } = useServerSubmit(form, async (values) => {
    await save.mutateAsync(schema.parse(toRaw(values)));
    notifySuccess(t('plan.handleplan.saved'));
    onClose();
  });

  const reload = async () => {
    const fresh = (await call('plans.get', { citizenId })).handleplan;
    const values = toValues(fresh);
    form.setValues(values);
    form.resetDirty(values);
    setVersion(fresh.version);
    clearProblem();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={t('plan.handleplan.purpose')}
          description={t('plan.handleplan.purposeHint')}
          withAsterisk
          autosize
          minRows={4}
          maxRows={12}
          data-autofocus
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('purpose')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('plan.handleplan.date')} clearable {...form.getInputProps('date')} />
          <TextInput label={t('plan.handleplan.receivedFrom')} placeholder={t('plan.handleplan.receivedFromPlaceholder')} {...form.getInputProps('receivedFrom')} />
        </SimpleGrid>
        <FormFooter
          problem={problem}
          conflictTitle={conflict ? t('plan.handleplan.conflictTitle') : undefined}
          reloadLabel={t('plan.handleplan.reload')}
          onReload={conflict ? () => void reload() : undefined}
          saving={save.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
