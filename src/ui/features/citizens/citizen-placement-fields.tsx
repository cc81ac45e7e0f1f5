// "Opret borger"'s optional start: no stay yet, a first stay (residence, room, move-in) with
// today's free places shown, or a place on a residence's waiting list.
import { Divider, Input, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useResidenceOptions } from '../lookups/use-residence-options';
import type { CitizenCreateValues, PlacementMode } from './citizen-values';

const MODES: readonly PlacementMode[] = ['none', 'stay', 'waiting'];

export function CitizenPlacementFields({ form, allowNone }: { form: UseFormReturnType<CitizenCreateValues>; allowNone: boolean }) {
  const { t } = useTranslation();
  const residences = useResidenceOptions({ withFree: true });
  const mode = form.values.mode;
  const residenceSelect = {
    label: t('citizens.form.residence'),
    placeholder: residences.loading ? t('common.loading') : t('citizens.form.chooseResidence'),
    data: residences.options,
    withAsterisk: true,
    searchable: true,
    nothingFoundMessage: t('common.nothingFound'),
  };

  return (
    <>
      <Divider label={t('citizens.form.placement')} labelPosition="left" mt="xs" />
      <Stack gap="sm">
        <Input.Wrapper
          label={t('citizens.form.placementMode')}
          description={t(`citizens.form.modeHints.${mode}`)}
          error={form.errors.mode}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        >
          <SegmentedControl
            mt={4}
            fullWidth
            aria-label={t('citizens.form.placementMode')}
            data={MODES.filter((value) => allowNone || value !== 'none').map((value) => ({ value, label: t(`citizens.form.modes.${value}`) }))}
            value={mode}
            onChange={(value) => {
              form.setFieldValue('mode', value as PlacementMode);
              form.clearFieldError('mode');
            }}
          />
        </Input.Wrapper>
        {mode === 'stay' ? (
          <>
            <Select {...residenceSelect} {...form.getInputProps('stay.residenceId')} />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput label={t('citizens.form.room')} {...form.getInputProps('stay.room')} />
              <DateField label={t('citizens.form.moveIn')} withAsterisk {...form.getInputProps('stay.moveIn')} />
            </SimpleGrid>
          </>
        ) : null}
        {mode === 'waiting' ? (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select {...residenceSelect} {...form.getInputProps('waitingList.residenceId')} />
            <DateField label={t('citizens.form.requestedDate')} withAsterisk {...form.getInputProps('waitingList.requestedDate')} />
          </SimpleGrid>
        ) : null}
      </Stack>
    </>
  );
}
