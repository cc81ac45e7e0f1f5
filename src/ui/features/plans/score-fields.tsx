// The three scores an evaluation (or a closing) gives a goal: funktionsevneniveau 0–4 with FFB's
// labels, GAS −2…+2 with its labels, støttebehov 0–4; each may be "Ikke vurderet".
import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { functionLevelOptions, gasOptions, supportLevelOptions } from './plan-labels';

export interface ScoreValues {
  functionLevel: string;
  gas: string;
  supportNeed: string;
}

export function ScoreFields<V extends ScoreValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const wrapperOrder = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('plan.evaluation.functionLevel')}
          description={t('plan.evaluation.functionLevelHint')}
          allowDeselect={false}
          data={functionLevelOptions(t)}
          inputWrapperOrder={wrapperOrder}
          {...form.getInputProps('functionLevel')}
        />
        <Select
          label={t('plan.evaluation.gas')}
          description={t('plan.evaluation.gasHint')}
          allowDeselect={false}
          data={gasOptions(t)}
          inputWrapperOrder={wrapperOrder}
          {...form.getInputProps('gas')}
        />
      </SimpleGrid>
      <Select label={t('plan.evaluation.supportNeed')} allowDeselect={false} data={supportLevelOptions(t)} {...form.getInputProps('supportNeed')} />
    </>
  );
}
