// Create a goal or sub-goal (goals.create) or edit an active one (goals.update) in a drawer: FFB
// theme or condition (grouped, searchable), Kvalitetsmodel theme, the goal in professional words
// and in the citizen's own words, måltype, start and next follow-up, responsible staff member.
// A sub-goal starts on its goal's theme; a stale version is a conflict with "reload".
import { Drawer, Input, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Goal } from '../../../contract/areas/plans';
import type { GoalType, QualityTheme } from '../../../contract/plan-terms';
import { DateField } from '../../components/date-field';
import { DrawerFormFooter } from '../../components/drawer-form-footer';
import { useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { todayIso } from '../../format/dates';
import { call } from '../../rpc/client';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useStaffOptions } from '../lookups/use-staff-options';
import { ffbThemeOptions, goalTypeOptions, qualityThemeOptions, shortText } from './plan-labels';

const createSchema = contract['goals.create'].input;
const updateSchema = contract['goals.update'].input;

interface GoalValues {
  ffbCode: string | null;
  qualityTheme: QualityTheme | null;
  professionalText: string;
  citizenWords: string;
  goalType: GoalType;
  startDate: string | null;
  nextFollowUp: string | null;
  responsibleStaffId: string | null;
}

/** What the drawer is for: a new goal, a new sub-goal of `parent`, or editing `goal`. */
export type GoalDrawerTarget = { kind: 'create'; parent: Goal | null } | { kind: 'edit'; goal: Goal };

function toValues(target: GoalDrawerTarget): GoalValues {
  if (target.kind === 'edit') return goalToValues(target.goal);
  const start = todayIso();
  return {
    ffbCode: target.parent?.ffbCode ?? null,
    qualityTheme: target.parent?.qualityTheme ?? null,
    professionalText: '',
    citizenWords: '',
    goalType: target.parent?.goalType ?? 'udvikle',
    startDate: start,
    nextFollowUp: dayjs(start).add(3, 'month').format('YYYY-MM-DD'),
    responsibleStaffId: target.parent?.responsibleStaffId ? String(target.parent.responsibleStaffId) : null,
  };
}

function goalToValues(goal: Goal): GoalValues {
  return {
    ffbCode: goal.ffbCode,
    qualityTheme: goal.qualityTheme,
    professionalText: goal.professionalText,
    citizenWords: goal.citizenWords,
    goalType: goal.goalType,
    startDate: goal.startDate,
    nextFollowUp: goal.nextFollowUp,
    responsibleStaffId: goal.responsibleStaffId ? String(goal.responsibleStaffId) : null,
  };
}

const toFields = (values: GoalValues) => ({ ...values, responsibleStaffId: values.responsibleStaffId ? Number(values.responsibleStaffId) : null });

interface GoalDrawerProps {
  citizenId: number;
  target: GoalDrawerTarget | null;
  onClose: () => void;
}

export function GoalDrawer({ citizenId, target, onClose }: GoalDrawerProps) {
  const { t } = useTranslation();
  const title = target?.kind === 'edit' ? t('plan.goalForm.editTitle') : target?.parent ? t('plan.goalForm.createSubTitle') : t('plan.goalForm.createTitle');
  return (
    <Drawer opened={target !== null} onClose={onClose} position="right" size={620} padding="lg" title={<Text fw={600} size="lg">{title}</Text>}>
      {target ? <GoalForm citizenId={citizenId} target={target} onClose={onClose} /> : null}
    </Drawer>
  );
}

function GoalForm({ citizenId, target, onClose }: { citizenId: number; target: GoalDrawerTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRpcMutation('goals.create');
  const update = useRpcMutation('goals.update');
  const editing = target.kind === 'edit' ? target.goal : null;
  const parent = target.kind === 'create' ? target.parent : null;
  const [version, setVersion] = useState(editing?.version ?? 0);
  const toRaw = (values: GoalValues) =>
    editing ? { ...toFields(values), id: editing.id, version } : { ...toFields(values), citizenId, parentId: parent?.id ?? null };
  const createResolver = schemaResolver(createSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const form = useForm<GoalValues>({
    initialValues: toValues(target),
    validate: (values) => (editing ? updateResolver(toRaw(values)) : createResolver(toRaw(values))),
  });
  const staff = useStaffOptions([editing?.responsibleStaffId ?? null]);

  const { submit, problem, conflict, clearProblem } = useServerSubmit(form, async (values) => {
    if (editing) {
      await update.mutateAsync(updateSchema.parse(toRaw(values)));
      notifySuccess(t('plan.goalForm.saved'));
    } else {
      await create.mutateAsync(createSchema.parse(toRaw(values)));
      notifySuccess(t('plan.goalForm.created'));
    }
    onClose();
  });

  const reload = async () => {
    if (!editing) return;
    const plan = await call('plans.get', { citizenId });
    const fresh = plan.goals.find((goal) => goal.id === editing.id);
    if (!fresh) return;
    const values = goalToValues(fresh);
    form.setValues(values);
    form.resetDirty(values);
    setVersion(fresh.version);
    clearProblem();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {parent ? (
          <Text size="sm" c="dimmed">
            {t('plan.goals.subGoalOf', { text: shortText(parent.professionalText, 90) })}
          </Text>
        ) : null}
        <Select
          label={t('plan.goalForm.theme')}
          description={t('plan.goalForm.themeHint')}
          placeholder={t('plan.goalForm.themePlaceholder')}
          withAsterisk
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={ffbThemeOptions()}
          maxDropdownHeight={320}
          renderOption={({ option }) => {
            // Conditions indented under their theme; the theme stays in the name screen readers hear.
            const [theme, condition] = option.label.split(': ');
            return condition ? (
              <Text size="sm" pl="md">
                <VisuallyHidden>{theme}: </VisuallyHidden>
                {condition}
              </Text>
            ) : (
              <Text size="sm" fw={600}>
                {option.label}
              </Text>
            );
          }}
          comboboxProps={{ withinPortal: true }}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('ffbCode')}
        />
        <Textarea
          label={t('plan.goalForm.citizenWords')}
          description={t('plan.goalForm.citizenWordsHint')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('citizenWords')}
        />
        <Textarea
          label={t('plan.goalForm.professionalText')}
          description={t('plan.goalForm.professionalHint')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={6}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('professionalText')}
        />
        <Input.Wrapper label={t('plan.goalForm.goalType')} withAsterisk error={form.errors.goalType}>
          <SegmentedControl
            fullWidth
            mt={4}
            data={goalTypeOptions(t)}
            aria-label={t('plan.goalForm.goalType')}
            value={form.values.goalType}
            onChange={(value) => form.setFieldValue('goalType', value as GoalType)}
          />
        </Input.Wrapper>
        <Select
          label={t('plan.goalForm.qualityTheme')}
          description={t('plan.goalForm.qualityThemeHint')}
          placeholder={t('plan.goalForm.qualityThemePlaceholder')}
          clearable
          data={qualityThemeOptions(t)}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('qualityTheme')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('plan.goalForm.startDate')} withAsterisk {...form.getInputProps('startDate')} />
          <DateField label={t('plan.goalForm.nextFollowUp')} withAsterisk minDate={form.values.startDate ?? undefined} {...form.getInputProps('nextFollowUp')} />
        </SimpleGrid>
        {staff.allowed ? (
          <Select
            label={t('plan.goalForm.responsible')}
            placeholder={t('plan.goalForm.responsiblePlaceholder')}
            clearable
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={staff.options}
            {...form.getInputProps('responsibleStaffId')}
          />
        ) : null}
      </Stack>
      <DrawerFormFooter
        problem={problem}
        conflictTitle={conflict ? t('plan.goalForm.conflictTitle') : undefined}
        reloadLabel={t('plan.goalForm.reload')}
        onReload={conflict ? () => void reload() : undefined}
        saving={create.isPending || update.isPending}
        onCancel={onClose}
      />
    </form>
  );
}
