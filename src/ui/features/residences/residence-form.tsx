// The residence form, for create and edit: validated in the browser with the contract's own schema
// (same Danish messages), server field errors put on the fields, and the input kept on any error.
import { Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RpcError } from '../../../contract';
import { residenceFields, type Residence } from '../../../contract/areas/residences';
import { applyServerErrors } from '../../components/form-errors';
import { FormAlert } from '../../components/form-alert';
import { READ_ONLY_INPUT } from '../../components/read-only-input';
import { EMPTY_RESIDENCE, residenceToValues, type ResidenceFormValues } from './residence-values';
import { useLegalBasisOptions } from './use-legal-basis-options';

type ResidenceInput = ReturnType<typeof residenceFields.parse>;

interface ResidenceFormProps {
  /** Absent when creating. */
  residence?: Residence;
  readOnly?: boolean;
  saving: boolean;
  onSave: (input: ResidenceInput, version: number | null) => Promise<unknown>;
  /** Fetches the newest version after a conflict. */
  onReload?: () => Promise<Residence | undefined>;
  onCancel: () => void;
  /** Left of the save buttons, e.g. archive. */
  extraActions?: ReactNode;
}

export function ResidenceForm({ residence, readOnly = false, saving, onSave, onReload, onCancel, extraActions }: ResidenceFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [version, setVersion] = useState<number | null>(residence?.version ?? null);
  const form = useForm<ResidenceFormValues>({
    initialValues: residence ? residenceToValues(residence) : EMPTY_RESIDENCE,
    validate: schemaResolver(residenceFields, { sync: true }),
    enhanceGetInputProps: () => (readOnly ? READ_ONLY_INPUT : {}),
  });
  const legalBasis = useLegalBasisOptions(form.values.legalBasisCode);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const parsed = residenceFields.safeParse(values);
    if (!parsed.success) return;
    try {
      await onSave(parsed.data, version);
    } catch (error) {
      const message = applyServerErrors(form, error);
      if (message) setProblem({ message, conflict: error instanceof RpcError && error.code === 'CONFLICT' });
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (!fresh) return;
    form.setValues(residenceToValues(fresh));
    form.resetDirty(residenceToValues(fresh));
    setVersion(fresh.version);
    setProblem(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Divider label={t('residences.form.basics')} labelPosition="left" />
        <TextInput label={t('residences.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('residences.fields.legalBasisCode')}
          withAsterisk
          data={legalBasis.options}
          placeholder={legalBasis.loading ? t('common.loading') : t('residences.form.chooseLegalBasis')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('legalBasisCode')}
        />
        <NumberInput label={t('residences.fields.places')} withAsterisk min={1} max={500} allowDecimal={false} allowNegative={false} w={200} {...form.getInputProps('places')} />
        <Textarea label={t('residences.fields.targetGroup')} autosize minRows={2} maxRows={5} {...form.getInputProps('targetGroup')} />

        <Divider label={t('residences.form.address')} labelPosition="left" mt="xs" />
        <TextInput label={t('residences.fields.street')} autoComplete="street-address" {...form.getInputProps('street')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput label={t('residences.fields.postalCode')} inputMode="numeric" maxLength={4} autoComplete="postal-code" {...form.getInputProps('postalCode')} />
          <TextInput label={t('residences.fields.city')} autoComplete="address-level2" style={{ gridColumn: 'span 2' }} {...form.getInputProps('city')} />
        </SimpleGrid>

        <Divider label={t('residences.form.contact')} labelPosition="left" mt="xs" />
        <TextInput label={t('residences.fields.departmentHead')} {...form.getInputProps('departmentHead')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('residences.fields.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('residences.fields.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
        </SimpleGrid>
      </Stack>

      <Stack gap="md" pos="sticky" bottom={0} pt="md" pb="md" mt="md" bg="var(--mantine-color-body)" style={{ zIndex: 1, borderTop: '1px solid var(--mantine-color-default-border)' }}>
        {problem ? (
          <FormAlert message={problem.message} title={problem.conflict ? t('residences.form.conflictTitle') : undefined}>
            {problem.conflict && onReload ? (
              <Group mt="sm">
                <Button size="xs" variant="white" color="red" onClick={() => void reload()}>
                  {t('residences.form.reload')}
                </Button>
              </Group>
            ) : null}
          </FormAlert>
        ) : null}
        <Group justify="space-between">
          <Group gap="sm">{extraActions}</Group>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {readOnly ? t('common.close') : t('common.cancel')}
            </Button>
            {readOnly ? null : (
              <Button type="submit" loading={saving}>
                {t('common.save')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
