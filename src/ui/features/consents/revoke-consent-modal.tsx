// "Tilbagekald" (consents.revoke): from which date and why; the consent stays in the history.
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Consent } from '../../../contract/areas/consents';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['consents.revoke'].input;

export function RevokeConsentModal({ consent, onClose }: { consent: Consent | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={consent !== null} onClose={onClose} title={t('consents.revokeTitle')}>
      {consent ? <RevokeForm consent={consent} onClose={onClose} /> : null}
    </Modal>
  );
}

function RevokeForm({ consent, onClose }: { consent: Consent; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRpcMutation('consents.revoke');
  const resolver = schemaResolver(schema, { sync: true });
  const form = useForm<{ revokedDate: string | null; reason: string }>({
    initialValues: { revokedDate: todayIso(), reason: '' },
    validate: (values) => resolver({ ...values, id: consent.id }),
  });

  const { submit, problem } = useServerSubmit(form, async (values) => {
    await revoke.mutateAsync(schema.parse({ ...values, id: consent.id }));
    notifySuccess(t('consents.revoked'));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('consents.revokeIntro', { name: consent.recipientName })}</Text>
        <DateField label={t('consents.revokedDate')} withAsterisk minDate={consent.givenDate} w={{ base: '100%', xs: 220 }} {...form.getInputProps('revokedDate')} />
        <Textarea label={t('consents.reason')} withAsterisk autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('reason')} />
        <FormFooter problem={problem} saving={revoke.isPending} submitLabel={t('consents.revokeConfirm')} submitColor="red" onCancel={onClose} />
      </Stack>
    </form>
  );
}
