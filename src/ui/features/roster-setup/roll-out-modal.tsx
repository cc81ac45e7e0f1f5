// "Rul ud" (rotations.rollOut): a period of at most 26 weeks; afterwards the modal shows how many
// shifts were created, how many are open, the days skipped, and any working-time rule violations.
import { Alert, Group, Modal, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type OutputOf } from '../../../contract';
import { DateField } from '../../components/date-field';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { formatDate } from '../../format/dates';
import { useRpcMutation } from '../../rpc/use-rpc';

const schema = contract['rotations.rollOut'].input;
const MAX_DAYS = 26 * 7;
type RollOutResult = OutputOf<'rotations.rollOut'>;

interface RollOutModalProps {
  residenceId: number;
  opened: boolean;
  startDate: string | null;
  onClose: () => void;
}

export function RollOutModal({ residenceId, opened, startDate, onClose }: RollOutModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rosterSetup.rotation.rollOutTitle')} size="lg">
      {opened ? <RollOutForm residenceId={residenceId} startDate={startDate} onClose={onClose} /> : null}
    </Modal>
  );
}

function RollOutForm({ residenceId, startDate, onClose }: { residenceId: number; startDate: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const rollOut = useRpcMutation('rotations.rollOut');
  const [result, setResult] = useState<RollOutResult | null>(null);
  const resolver = schemaResolver(schema, { sync: true });
  const today = dayjs();
  const monday = today.add((8 - today.day()) % 7 || 7, 'day');
  const from = startDate && dayjs(startDate).isAfter(monday) ? dayjs(startDate) : monday;
  const form = useForm<{ from: string | null; to: string | null }>({
    initialValues: { from: from.format('YYYY-MM-DD'), to: from.add(4 * 7 - 1, 'day').format('YYYY-MM-DD') },
    validate: (values) => {
      const errors = resolver({ ...values, residenceId });
      if (!errors.to && values.from && values.to && dayjs(values.to).diff(values.from, 'day') >= MAX_DAYS) errors.to = t('rosterSetup.rotation.tooLong');
      return errors;
    },
  });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    const done = await rollOut.mutateAsync(schema.parse({ ...values, residenceId }));
    setResult(done);
    notifySuccess(t('rosterSetup.rotation.done', { created: done.created, open: done.open }));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('rosterSetup.rotation.rollOutIntro')}
        </Text>
        <SimpleGrid cols={2}>
          <DateField label={t('rosterSetup.rotation.from')} withAsterisk {...form.getInputProps('from')} />
          <DateField label={t('rosterSetup.rotation.to')} withAsterisk minDate={form.values.from ?? undefined} {...form.getInputProps('to')} />
        </SimpleGrid>
        {result ? <RollOutResultView result={result} /> : null}
        <FormFooter problem={problem} saving={rollOut.isPending} submitLabel={t('rosterSetup.rotation.rollOutSubmit')} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function RollOutResultView({ result }: { result: RollOutResult }) {
  const { t } = useTranslation();
  const figures = [
    { label: t('rosterSetup.rotation.created'), value: result.created, testId: 'rollout-created' },
    { label: t('rosterSetup.rotation.openShifts'), value: result.open, testId: 'rollout-open' },
    { label: t('rosterSetup.rotation.skippedDays'), value: result.skippedDays, testId: 'rollout-skipped' },
  ];
  return (
    <Stack gap="sm" aria-label={t('rosterSetup.rotation.result')}>
      <SimpleGrid cols={3}>
        {figures.map((figure) => (
          <Paper key={figure.testId} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {figure.label}
            </Text>
            <Text size="xl" fw={600} data-testid={figure.testId}>
              {figure.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {result.violations.length ? (
        <Alert color="orange" variant="light" title={t('rosterSetup.rotation.violations')}>
          <Text size="sm" mb="xs">
            {t('rosterSetup.rotation.violationsHint')}
          </Text>
          <Table.ScrollContainer minWidth={400} maxHeight={240}>
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {result.violations.map((violation, index) => (
                  <Table.Tr key={index}>
                    <Table.Td w={100}>{formatDate(violation.date)}</Table.Td>
                    <Table.Td>{violation.staffName}</Table.Td>
                    <Table.Td>{violation.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Alert>
      ) : (
        <Group>
          <Text size="sm" c="teal.7">
            {t('rosterSetup.rotation.noViolations')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
