// Register (placements.create) or correct (placements.update) a placement: municipalities, legal
// basis, daily rate in Danish kroner (sent as whole øre), period and the municipal case worker.
import { Divider, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { Placement } from '../../../contract/areas/placements';
import { DateField } from '../../components/date-field';
import { FormFooter } from '../../components/form-footer';
import { formPathFor, useServerSubmit } from '../../components/form-errors';
import { notifySuccess } from '../../components/notify';
import { MONEY_INPUT_PROPS } from '../../format/money';
import { useRpcMutation } from '../../rpc/use-rpc';
import { useMunicipalityOptions } from '../lookups/use-municipality-options';
import { useLegalBasisOptions } from '../residences/use-legal-basis-options';
import { emptyPlacement, PLACEMENT_ALIASES, placementToRaw, placementToValues, type PlacementValues } from './placement-values';

const createSchema = contract['placements.create'].input;
const updateSchema = contract['placements.update'].input;

interface PlacementModalProps {
  citizenId: number;
  placement: Placement | null;
  /** The citizen's residence's legal basis, suggested for a new placement. */
  suggestedLegalBasis: string | null;
  opened: boolean;
  onClose: () => void;
}

export function PlacementModal({ citizenId, placement, suggestedLegalBasis, opened, onClose }: PlacementModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={placement ? t('placements.editTitle') : t('placements.createTitle')} size="lg">
      {opened ? <PlacementForm citizenId={citizenId} placement={placement} suggestedLegalBasis={suggestedLegalBasis} onClose={onClose} /> : null}
    </Modal>
  );
}

function PlacementForm({ citizenId, placement, suggestedLegalBasis, onClose }: Omit<PlacementModalProps, 'opened'>) {
  const { t } = useTranslation();
  const municipalities = useMunicipalityOptions();
  const create = useRpcMutation('placements.create');
  const update = useRpcMutation('placements.update');
  const createResolver = schemaResolver(createSchema, { sync: true });
  const updateResolver = schemaResolver(updateSchema, { sync: true });
  const withTarget = (values: PlacementValues) => (placement ? { ...placementToRaw(values), id: placement.id } : { ...placementToRaw(values), citizenId });

  const form = useForm<PlacementValues>({
    initialValues: placement ? placementToValues(placement) : emptyPlacement(suggestedLegalBasis),
    validate: (values) => {
      const errors = (placement ? updateResolver : createResolver)(withTarget(values));
      // The schema speaks of dailyRateOre; the form's field is dailyRate.
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [formPathFor(values, path, PLACEMENT_ALIASES) ?? path, message]));
    },
  });
  const legalBasis = useLegalBasisOptions(form.values.legalBasisCode);

  const { submit, problem } = useServerSubmit(
    form,
    async (values) => {
      if (placement) await update.mutateAsync(updateSchema.parse(withTarget(values)));
      else await create.mutateAsync(createSchema.parse(withTarget(values)));
      notifySuccess(t('placements.saved'));
      onClose();
    },
    PLACEMENT_ALIASES,
  );

  const chooseActing = (code: string | null) => {
    form.setFieldValue('actingMunicipalityCode', code);
    // Most often the same municipality pays; suggest it while the paying one is still empty.
    if (!form.getValues().payingMunicipalityCode) form.setFieldValue('payingMunicipalityCode', code);
  };
  const municipalitySelect = {
    data: municipalities.options,
    placeholder: t('placements.fields.chooseMunicipality'),
    searchable: true,
    openOnFocus: false,
    withAsterisk: true,
    nothingFoundMessage: t('common.nothingFound'),
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Divider label={t('placements.sections.municipalities')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select label={t('placements.fields.actingMunicipalityCode')} data-autofocus {...municipalitySelect} {...form.getInputProps('actingMunicipalityCode')} onChange={chooseActing} />
          <Select label={t('placements.fields.payingMunicipalityCode')} description={t('placements.fields.payingHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...municipalitySelect} {...form.getInputProps('payingMunicipalityCode')} />
        </SimpleGrid>

        <Divider label={t('placements.sections.placement')} labelPosition="left" mt="xs" />
        <Select label={t('placements.fields.legalBasisCode')} placeholder={t('placements.fields.chooseLegalBasis')} data={legalBasis.options} withAsterisk allowDeselect={false} {...form.getInputProps('legalBasisCode')} />
        <NumberInput label={t('placements.fields.dailyRate')} description={t('placements.fields.dailyRateHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} withAsterisk min={0} w={{ base: '100%', xs: 300 }} {...MONEY_INPUT_PROPS} {...form.getInputProps('dailyRate')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField label={t('placements.fields.startDate')} withAsterisk {...form.getInputProps('startDate')} />
          <DateField label={t('placements.fields.endDate')} description={t('placements.fields.endDateHint')} clearable minDate={form.values.startDate ?? undefined} {...form.getInputProps('endDate')} />
        </SimpleGrid>

        <Divider label={t('placements.sections.caseWorker')} labelPosition="left" mt="xs" />
        <TextInput label={t('placements.fields.caseWorkerName')} autoComplete="off" {...form.getInputProps('caseWorkerName')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('placements.fields.caseWorkerPhone')} type="tel" autoComplete="off" {...form.getInputProps('caseWorkerPhone')} />
          <TextInput label={t('placements.fields.caseWorkerEmail')} type="email" autoComplete="off" {...form.getInputProps('caseWorkerEmail')} />
        </SimpleGrid>

        <FormFooter problem={problem} saving={create.isPending || update.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
