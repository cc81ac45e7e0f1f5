// Basisplan: a rotation of 1-8 weeks starting on a Monday, edited week by week as a grid of staff
// per shift and weekday, saved whole (rotations.save, version checked); "Rul ud" opens the roll-out.
import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconRocket } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RpcError } from '../../../contract';
import type { Rotation, ShiftType } from '../../../contract/areas/roster-setup';
import { useCan } from '../../app/current-user';
import { DateField } from '../../components/date-field';
import { useServerSubmit } from '../../components/form-errors';
import { LoadError } from '../../components/load-state';
import { notifySuccess } from '../../components/notify';
import { SectionHeader } from '../../components/section-header';
import { formatDate } from '../../format/dates';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { FormFooterActions } from '../../components/form-footer-actions';
import { RollOutModal } from './roll-out-modal';
import { toRotationValues, toSlots, type RotationValues } from './rotation-values';
import { RotationWeekGrid } from './rotation-week-grid';

const nextMonday = () => {
  const today = dayjs();
  return today.add((8 - today.day()) % 7 || 7, 'day').format('YYYY-MM-DD');
};

export function RotationSection({ residenceId }: { residenceId: number }) {
  const { t } = useTranslation();
  const rotation = useRpcQuery('rotations.get', { residenceId });
  const shiftTypes = useRpcQuery('shiftTypes.list', { residenceId });
  const staff = useRpcQuery('staff.list', { residenceId, includeInactive: true });
  const [week, setWeek] = useState(1);
  const failed = rotation.error ?? shiftTypes.error ?? staff.error;

  return (
    <Paper p="lg" radius="md">
      <SectionHeader title={t('rosterSetup.rotation.title')} description={t('rosterSetup.rotation.description')} />
      {failed ? (
        <LoadError error={failed} onRetry={() => void Promise.all([rotation.refetch(), shiftTypes.refetch(), staff.refetch()])} />
      ) : rotation.data && shiftTypes.data && staff.data ? (
        shiftTypes.data.length ? (
          <RotationEditor
            key={`${residenceId}-${rotation.data.version}`}
            residenceId={residenceId}
            rotation={rotation.data}
            shiftTypes={shiftTypes.data}
            staffOptions={staff.data
              .filter((row) => row.employment === 'fast' && (row.active || rotation.data.slots.some((slot) => slot.staffId === row.id)))
              .map((row) => ({ value: String(row.id), label: row.name }))}
            onReload={() => void rotation.refetch()}
            week={week}
            onWeekChange={setWeek}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('rosterSetup.staffing.noShiftTypes')}
          </Text>
        )
      ) : null}
    </Paper>
  );
}

interface RotationEditorProps {
  residenceId: number;
  rotation: Rotation;
  shiftTypes: ShiftType[];
  staffOptions: { value: string; label: string }[];
  onReload: () => void;
  week: number;
  onWeekChange: (week: number) => void;
}

function RotationEditor({ residenceId, rotation, shiftTypes, staffOptions, onReload, week, onWeekChange }: RotationEditorProps) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const save = useRpcMutation('rotations.save');
  const [rollingOut, setRollingOut] = useState(false);
  const form = useForm<RotationValues>({
    initialValues: toRotationValues(rotation, nextMonday()),
    validate: { startDate: (value) => (!value ? t('rosterSetup.rotation.startDate') : dayjs(value).day() !== 1 ? t('rosterSetup.rotation.notMonday') : null) },
  });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    await save.mutateAsync({ residenceId, version: rotation.version, weeks: values.weeks, startDate: values.startDate ?? '', slots: toSlots(values) });
    notifySuccess(t('rosterSetup.rotation.saved'));
  });
  const conflict = problem !== null && save.error instanceof RpcError && save.error.code === 'CONFLICT';
  const shownWeek = Math.min(week, form.values.weeks);
  const weekStart = form.values.startDate ? dayjs(form.values.startDate).add((shownWeek - 1) * 7, 'day').format('YYYY-MM-DD') : null;
  const assigned = toSlots(form.values).length;

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {staffOptions.length === 0 ? (
            <Text size="sm" c="orange.7">
              {t('rosterSetup.rotation.noStaff')}
            </Text>
          ) : null}
          <Group align="flex-start" gap="lg">
            <Select
              label={t('rosterSetup.rotation.weeks')}
              w={140}
              allowDeselect={false}
              readOnly={!canWrite}
              data={[1, 2, 3, 4, 5, 6, 7, 8].map((value) => ({ value: String(value), label: String(value) }))}
              value={String(form.values.weeks)}
              onChange={(value) => value && form.setFieldValue('weeks', Number(value))}
              error={form.errors.weeks}
            />
            <DateField
              label={t('rosterSetup.rotation.startDate')}
              description={t('rosterSetup.rotation.startHint')}
              w={220}
              readOnly={!canWrite}
              excludeDate={(date) => dayjs(date).day() !== 1}
              {...form.getInputProps('startDate')}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('rosterSetup.rotation.weekOf', { week: shownWeek, date: formatDate(weekStart) })}
              </Text>
              <SegmentedControl
                value={String(shownWeek)}
                onChange={(value) => onWeekChange(Number(value))}
                data={Array.from({ length: form.values.weeks }, (_, index) => ({ value: String(index + 1), label: t('rosterSetup.rotation.week', { week: index + 1 }) }))}
              />
            </Stack>
          </Group>
          <RotationWeekGrid week={shownWeek} shiftTypes={shiftTypes} staffOptions={staffOptions} cells={form.values.cells} onChange={(key, staffIds) => form.setFieldValue('cells', { ...form.values.cells, [key]: staffIds })} readOnly={!canWrite} />
          <FormFooterActions
            problem={problem}
            conflictTitle={conflict ? t('rosterSetup.rotation.conflictTitle') : undefined}
            reloadLabel={t('rosterSetup.rotation.reload')}
            onReload={conflict ? onReload : undefined}
            status={
              <Group gap="sm">
                <Text size="sm" c="dimmed">
                  {t('rosterSetup.rotation.assigned', { count: assigned })}
                </Text>
                {form.isDirty() ? (
                  <Badge color="orange" variant="light" tt="none">
                    {t('rosterSetup.rotation.unsaved')}
                  </Badge>
                ) : null}
              </Group>
            }
          >
            {canWrite ? (
              <>
                <Button variant="default" leftSection={<IconRocket size={16} />} onClick={() => setRollingOut(true)} disabled={rotation.version === 0 || form.isDirty()} title={rotation.version === 0 || form.isDirty() ? t('rosterSetup.rotation.saveFirst') : undefined}>
                  {t('rosterSetup.rotation.rollOut')}
                </Button>
                {form.isDirty() ? (
                  <Button variant="default" onClick={() => form.reset()}>
                    {t('common.undo')}
                  </Button>
                ) : null}
                <Button type="submit" loading={save.isPending}>
                  {t('rosterSetup.rotation.save')}
                </Button>
              </>
            ) : null}
          </FormFooterActions>
        </Stack>
      </form>
      {/* Outside the form: a portal's submit still bubbles through React to the form around it. */}
      {canWrite ? <RollOutModal residenceId={residenceId} opened={rollingOut} startDate={rotation.startDate} onClose={() => setRollingOut(false)} /> : null}
    </>
  );
}
