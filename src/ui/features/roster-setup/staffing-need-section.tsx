// Bemandingsbehov: a matrix of shift type × weekday (Man–Søn), each cell a count and the required
// competences; saved whole (staffingNeeds.set). Every cell is sent, in order, so a server message
// on `needs.3.competenceIds` lands on its cell.
import { Button, Group, MultiSelect, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ShiftType, StaffingNeed } from '../../../contract/areas/roster-setup';
import { useCan } from '../../app/current-user';
import { useServerSubmit } from '../../components/form-errors';
import { FormAlert } from '../../components/form-alert';
import { LoadError } from '../../components/load-state';
import { notifySuccess } from '../../components/notify';
import { SectionHeader } from '../../components/section-header';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { useCompetenceOptions } from '../staff/use-competence-options';
import { ShiftWeekMatrix } from './shift-week-matrix';
import { WEEKDAYS } from './weekdays';

interface NeedCell {
  shiftTypeId: number;
  weekday: number;
  count: number | string;
  competenceIds: string[];
}

function toCells(shiftTypes: readonly ShiftType[], needs: readonly StaffingNeed[]): NeedCell[] {
  return shiftTypes.flatMap((shiftType) =>
    WEEKDAYS.map((weekday) => {
      const need = needs.find((row) => row.shiftTypeId === shiftType.id && row.weekday === weekday);
      return { shiftTypeId: shiftType.id, weekday, count: need?.count ?? 0, competenceIds: (need?.competenceIds ?? []).map(String) };
    }),
  );
}

export function StaffingNeedSection({ residenceId }: { residenceId: number }) {
  const { t } = useTranslation();
  const shiftTypes = useRpcQuery('shiftTypes.list', { residenceId });
  const needs = useRpcQuery('staffingNeeds.list', { residenceId });
  const failed = shiftTypes.error ?? needs.error;

  return (
    <Paper p="lg" radius="md">
      <SectionHeader title={t('rosterSetup.staffing.title')} description={t('rosterSetup.staffing.description')} />
      {failed ? (
        <LoadError error={failed} onRetry={() => void Promise.all([shiftTypes.refetch(), needs.refetch()])} />
      ) : shiftTypes.data && needs.data ? (
        shiftTypes.data.length ? (
          // Keyed on the content, not the fetch time: a refetch that changes nothing keeps unsaved edits.
          <NeedMatrix key={`${residenceId}-${JSON.stringify(needs.data)}-${shiftTypes.data.map((row) => row.id).join(',')}`} residenceId={residenceId} shiftTypes={shiftTypes.data} needs={needs.data} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('rosterSetup.staffing.noShiftTypes')}
          </Text>
        )
      ) : null}
    </Paper>
  );
}

function NeedMatrix({ residenceId, shiftTypes, needs }: { residenceId: number; shiftTypes: ShiftType[]; needs: StaffingNeed[] }) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const keep = needs.flatMap((need) => need.competenceIds);
  const competences = useCompetenceOptions(keep);
  const save = useRpcMutation('staffingNeeds.set');
  const form = useForm<{ needs: NeedCell[] }>({ initialValues: { needs: toCells(shiftTypes, needs) } });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    await save.mutateAsync({
      residenceId,
      needs: values.needs.map((cell) => ({ shiftTypeId: cell.shiftTypeId, weekday: cell.weekday, count: cell.count === '' ? 0 : Number(cell.count), competenceIds: cell.competenceIds.map(Number) })),
    });
    notifySuccess(t('rosterSetup.staffing.saved'));
  });
  const perWeek = form.values.needs.reduce((sum, cell) => sum + (Number(cell.count) || 0), 0);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ShiftWeekMatrix
          shiftTypes={shiftTypes}
          renderCell={(shiftType, weekday, row, column) => {
            const index = row * WEEKDAYS.length + column;
            const names = { shift: shiftType.name, day: t(`rosterSetup.weekdays.${weekday}`) };
            return (
              <Stack gap={4}>
                <NumberInput size="xs" min={0} max={50} allowNegative={false} allowDecimal={false} aria-label={t('rosterSetup.staffing.count', names)} disabled={!canWrite} {...form.getInputProps(`needs.${index}.count`)} />
                <MultiSelect
                  size="xs"
                  data={competences.options}
                  placeholder={form.values.needs[index]?.competenceIds.length ? undefined : t('rosterSetup.staffing.competencesPlaceholder')}
                  aria-label={t('rosterSetup.staffing.competences', names)}
                  hidePickedOptions
                  rightSection={<span />}
                  rightSectionWidth={6}
                  comboboxProps={{ width: 220, position: 'bottom-start' }}
                  disabled={!canWrite}
                  {...form.getInputProps(`needs.${index}.competenceIds`)}
                />
              </Stack>
            );
          }}
        />
        <FormAlert message={problem} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('rosterSetup.staffing.perWeek', { count: perWeek })}
          </Text>
          {canWrite ? (
            <Group>
              {form.isDirty() ? (
                <Button variant="default" onClick={() => form.reset()}>
                  {t('common.undo')}
                </Button>
              ) : null}
              <Button type="submit" loading={save.isPending}>
                {t('rosterSetup.staffing.save')}
              </Button>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
