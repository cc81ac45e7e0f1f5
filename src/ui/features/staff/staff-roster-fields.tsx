// The staff form's roster part: competences, normtid in hours, the active period, and for a
// substitute the preferred residences, max hours a week and hourly rate.
import { Fieldset, MultiSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { MONEY_INPUT_PROPS } from '../../format/money';
import { useResidenceOptions } from '../lookups/use-residence-options';
import type { StaffValues } from './staff-values';
import { useCompetenceOptions } from './use-competence-options';

const HOURS_INPUT_PROPS = { decimalSeparator: ',', decimalScale: 2, allowNegative: false, min: 0, max: 60, hideControls: true } as const;

export function StaffRosterFields({ form, keepCompetenceIds }: { form: UseFormReturnType<StaffValues>; keepCompetenceIds: readonly number[] }) {
  const { t } = useTranslation();
  const competences = useCompetenceOptions(keepCompetenceIds);
  const residences = useResidenceOptions();
  const substitute = form.values.employment === 'vikar';

  return (
    <Stack>
      <MultiSelect
        label={t('rosterSetup.staffFields.competenceIds')}
        placeholder={form.values.competenceIds.length ? undefined : t('rosterSetup.staffFields.competencesPlaceholder')}
        data={competences.options}
        searchable
        hidePickedOptions
        nothingFoundMessage={t('common.nothingFound')}
        {...form.getInputProps('competenceIds')}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberInput label={t('rosterSetup.staffFields.weeklyHours')} description={t('rosterSetup.staffFields.weeklyHoursHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...HOURS_INPUT_PROPS} {...form.getInputProps('weeklyHours')} />
        <DateField label={t('rosterSetup.staffFields.activeFrom')} clearable {...form.getInputProps('activeFrom')} />
        <DateField label={t('rosterSetup.staffFields.activeTo')} clearable minDate={form.values.activeFrom ?? undefined} {...form.getInputProps('activeTo')} />
      </SimpleGrid>
      {substitute ? (
        <Fieldset legend={t('rosterSetup.staffFields.substituteTitle')} variant="filled">
          <Stack>
            <MultiSelect
              label={t('rosterSetup.staffFields.preferredResidenceIds')}
              description={t('rosterSetup.staffFields.substituteHint')}
              placeholder={form.values.preferredResidenceIds.length ? undefined : t('rosterSetup.staffFields.preferredPlaceholder')}
              data={residences.options}
              searchable
              hidePickedOptions
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('preferredResidenceIds')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput label={t('rosterSetup.staffFields.maxWeeklyHours')} description={t('rosterSetup.staffFields.maxWeeklyHoursHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...HOURS_INPUT_PROPS} {...form.getInputProps('maxWeeklyHours')} />
              <NumberInput label={t('rosterSetup.staffFields.hourlyRate')} description={t('rosterSetup.staffFields.hourlyRateHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...MONEY_INPUT_PROPS} {...form.getInputProps('hourlyRate')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      ) : null}
    </Stack>
  );
}
