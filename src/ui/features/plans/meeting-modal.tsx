// "Registrér møde" (plans.addMeeting): date, kind (første opfølgning, statusmøde, opfølgning),
// the follow-up decision and the minutes.
import { Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { FollowUpDecision, MeetingKind } from '../../../contract/plan-terms';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';
import { decisionOptions, meetingKindOptions } from './plan-labels';

const schema = contract['plans.addMeeting'].input;

interface MeetingValues {
  date: string | null;
  kind: MeetingKind | null;
  decision: FollowUpDecision | null;
  note: string;
}

export function MeetingModal({ citizenId, opened, onClose }: { citizenId: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.meetings.createTitle')} size="lg">
      {opened ? <MeetingForm citizenId={citizenId} onClose={onClose} /> : null}
    </Modal>
  );
}

function MeetingForm({ citizenId, onClose }: { citizenId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useRpcMutation('plans.addMeeting');
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<MeetingValues>({
    initialValues: { date: todayIso(), kind: null, decision: null, note: '' },
    validate: (values) => resolver({ ...values, citizenId }),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await add.mutateAsync(schema.parse({ ...values, citizenId }));
    notifySuccess(t('plan.meetings.saved'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('plan.meetings.date')} withAsterisk {...form.getInputProps('date')} />
          <Select label={t('plan.meetings.kind')} withAsterisk data={meetingKindOptions(t)} data-autofocus {...form.getInputProps('kind')} />
        </SimpleGrid>
        <Select label={t('plan.meetings.decision')} placeholder={t('plan.meetings.decisionPlaceholder')} clearable data={decisionOptions(t)} {...form.getInputProps('decision')} />
        <Textarea label={t('plan.meetings.note')} autosize minRows={3} maxRows={8} {...form.getInputProps('note')} />
        <FormFooter problem={problem} saving={add.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
