// Arbejdstid og tillæg: the working-time limits (rest, weekly rest, average week over a reference
// period) typed in hours and the supplements in percent (stored as minutes and per mille), with the
// evening and night boundaries; editable with settings.write, read-only for other roster readers.
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RpcError } from '../../../contract';
import type { RosterSettings } from '../../../contract/areas/roster-setup';
import { useCan } from '../../app/current-user';
import { useServerSubmit, type FieldAliases } from '../../components/form-errors';
import { FormAlert } from '../../components/form-alert';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { ClockField } from '../roster-setup/clock-field';

interface WorkingTimeValues {
  dailyRestHours: number | string;
  weeklyRestHours: number | string;
  averageWeekHours: number | string;
  referenceWeeks: number | string;
  eveningPercent: number | string;
  nightPercent: number | string;
  weekendPercent: number | string;
  holidayPercent: number | string;
  eveningFrom: string;
  nightFrom: string;
  nightTo: string;
}

const ALIASES: FieldAliases = {
  dailyRestMinutes: 'dailyRestHours',
  weeklyRestMinutes: 'weeklyRestHours',
  averageWeekMinutes: 'averageWeekHours',
  eveningPermille: 'eveningPercent',
  nightPermille: 'nightPercent',
  weekendPermille: 'weekendPercent',
  holidayPermille: 'holidayPercent',
};

function toValues(settings: RosterSettings): WorkingTimeValues {
  return {
    dailyRestHours: settings.dailyRestMinutes / 60,
    weeklyRestHours: settings.weeklyRestMinutes / 60,
    averageWeekHours: settings.averageWeekMinutes / 60,
    referenceWeeks: settings.referenceWeeks,
    eveningPercent: settings.eveningPermille / 10,
    nightPercent: settings.nightPermille / 10,
    weekendPercent: settings.weekendPermille / 10,
    holidayPercent: settings.holidayPermille / 10,
    eveningFrom: settings.eveningFrom,
    nightFrom: settings.nightFrom,
    nightTo: settings.nightTo,
  };
}

const scaled = (value: number | string, factor: number) => (value === '' ? Number.NaN : Math.round(Number(value) * factor));

export function WorkingTimeTab() {
  const settings = useRpcQuery('roster.settings', {});
  if (settings.isPending) return <CenteredLoader fullPage={false} />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <WorkingTimeForm key={settings.data.version} settings={settings.data} onReload={() => void settings.refetch()} />;
}

function WorkingTimeForm({ settings, onReload }: { settings: RosterSettings; onReload: () => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('settings.write');
  const update = useRpcMutation('roster.updateSettings');
  const form = useForm<WorkingTimeValues>({ initialValues: toValues(settings) });
  const { submit, problem } = useServerSubmit(
    form,
    async (values) => {
      await update.mutateAsync({
        dailyRestMinutes: scaled(values.dailyRestHours, 60),
        weeklyRestMinutes: scaled(values.weeklyRestHours, 60),
        averageWeekMinutes: scaled(values.averageWeekHours, 60),
        referenceWeeks: scaled(values.referenceWeeks, 1),
        eveningPermille: scaled(values.eveningPercent, 10),
        nightPermille: scaled(values.nightPercent, 10),
        weekendPermille: scaled(values.weekendPercent, 10),
        holidayPermille: scaled(values.holidayPercent, 10),
        eveningFrom: values.eveningFrom,
        nightFrom: values.nightFrom,
        nightTo: values.nightTo,
        version: settings.version,
      });
      notifySuccess(t('rosterSetup.settings.saved'));
    },
    ALIASES,
  );
  const conflict = problem !== null && update.error instanceof RpcError && update.error.code === 'CONFLICT';
  const number = (name: keyof WorkingTimeValues, label: string, hint: string, suffix: string, decimals = 1) => (
    <NumberInput
      label={label}
      description={hint}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      suffix={` ${suffix}`}
      decimalSeparator=","
      decimalScale={decimals}
      allowNegative={false}
      hideControls
      readOnly={!canWrite}
      {...form.getInputProps(name)}
    />
  );
  const hours = t('rosterSetup.settings.hours');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={900}>
        <Alert variant="light" icon={<IconInfoCircle />}>
          {canWrite ? t('rosterSetup.settings.intro') : t('rosterSetup.settings.readOnly')}
        </Alert>
        <SettingsGroup title={t('rosterSetup.settings.limitsTitle')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {number('dailyRestHours', t('rosterSetup.settings.dailyRest'), t('rosterSetup.settings.dailyRestHint'), hours, 2)}
            {number('weeklyRestHours', t('rosterSetup.settings.weeklyRest'), t('rosterSetup.settings.weeklyRestHint'), hours, 2)}
            {number('averageWeekHours', t('rosterSetup.settings.averageWeek'), t('rosterSetup.settings.averageWeekHint'), hours, 2)}
            {number('referenceWeeks', t('rosterSetup.settings.referenceWeeks'), t('rosterSetup.settings.referenceWeeksHint'), t('rosterSetup.settings.weeks'), 0)}
          </SimpleGrid>
        </SettingsGroup>
        <SettingsGroup title={t('rosterSetup.settings.supplementsTitle')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {number('eveningPercent', t('rosterSetup.settings.evening'), t('rosterSetup.settings.supplementHint'), '%')}
            {number('nightPercent', t('rosterSetup.settings.night'), t('rosterSetup.settings.supplementHint'), '%')}
            {number('weekendPercent', t('rosterSetup.settings.weekend'), t('rosterSetup.settings.supplementHint'), '%')}
            {number('holidayPercent', t('rosterSetup.settings.holiday'), t('rosterSetup.settings.supplementHint'), '%')}
          </SimpleGrid>
        </SettingsGroup>
        <SettingsGroup title={t('rosterSetup.settings.boundariesTitle')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ClockField label={t('rosterSetup.settings.eveningFrom')} readOnly={!canWrite} {...form.getInputProps('eveningFrom')} />
            <ClockField label={t('rosterSetup.settings.nightFrom')} readOnly={!canWrite} {...form.getInputProps('nightFrom')} />
            <ClockField label={t('rosterSetup.settings.nightTo')} readOnly={!canWrite} {...form.getInputProps('nightTo')} />
          </SimpleGrid>
        </SettingsGroup>
        <FormAlert message={problem} title={conflict ? t('rosterSetup.settings.conflictTitle') : undefined}>
          {conflict ? (
            <Group mt="sm">
              <Button size="xs" variant="white" color="red" onClick={onReload}>
                {t('rosterSetup.settings.reload')}
              </Button>
            </Group>
          ) : null}
        </FormAlert>
        {canWrite ? (
          <Group justify="flex-end">
            {form.isDirty() ? (
              <Button variant="default" onClick={() => form.reset()}>
                {t('common.undo')}
              </Button>
            ) : null}
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

function SettingsGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper p="lg" radius="md">
      <Title order={2} size="h5" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
