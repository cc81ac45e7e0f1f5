// The citizen's own fields, shared by create and edit: name and CPR, contact persons (only for
// users who may read staff), communication needs and guardian.
import { Divider, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useStaffOptions } from '../lookups/use-staff-options';
import type { CitizenBasicsValues } from './citizen-values';

interface CitizenBasicsFieldsProps<V extends CitizenBasicsValues> {
  form: UseFormReturnType<V>;
  /** Shown under the CPR field, e.g. that the full number was fetched and logged. */
  cprDescription?: string;
  /** Shown in the empty CPR field when editing (the masked number). */
  cprPlaceholder?: string;
  keepStaffIds?: readonly (number | null)[];
}

export function CitizenBasicsFields<V extends CitizenBasicsValues>({ form, cprDescription, cprPlaceholder, keepStaffIds = [] }: CitizenBasicsFieldsProps<V>) {
  const { t } = useTranslation();
  const staff = useStaffOptions(keepStaffIds);
  const staffSelect = {
    data: staff.options,
    placeholder: staff.loading ? t('common.loading') : t('citizens.form.chooseStaff'),
    clearable: true,
    searchable: true,
    nothingFoundMessage: t('common.nothingFound'),
  };

  return (
    <>
      <Divider label={t('citizens.form.person')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('citizens.form.firstName')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('firstName')} />
        <TextInput label={t('citizens.form.lastName')} withAsterisk autoComplete="off" {...form.getInputProps('lastName')} />
      </SimpleGrid>
      <TextInput
        label={t('citizens.form.cpr')}
        placeholder={cprPlaceholder ?? t('citizens.form.cprPlaceholder')}
        description={cprDescription}
        withAsterisk
        autoComplete="off"
        inputMode="numeric"
        maxLength={11}
        w={{ base: '100%', xs: 240 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...form.getInputProps('cpr')}
      />
      <Textarea label={t('citizens.form.communicationNeeds')} description={t('citizens.form.communicationHint')} autosize minRows={2} maxRows={6} {...form.getInputProps('communicationNeeds')} />

      {staff.allowed ? (
        <>
          <Divider label={t('citizens.form.contactPersons')} labelPosition="left" mt="xs" />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t('citizens.form.contactStaffId')} {...staffSelect} {...form.getInputProps('contactStaffId')} />
            <Select label={t('citizens.form.secondContactStaffId')} {...staffSelect} {...form.getInputProps('secondContactStaffId')} />
          </SimpleGrid>
        </>
      ) : null}

      <Divider label={t('citizens.form.guardian')} labelPosition="left" mt="xs" />
      <TextInput label={t('citizens.form.guardianName')} autoComplete="off" {...form.getInputProps('guardianName')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('citizens.form.guardianPhone')} type="tel" autoComplete="off" {...form.getInputProps('guardianPhone')} />
        <TextInput label={t('citizens.form.guardianEmail')} type="email" autoComplete="off" {...form.getInputProps('guardianEmail')} />
      </SimpleGrid>
    </>
  );
}
