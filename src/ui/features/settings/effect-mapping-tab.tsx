// Effektdimensioner: which of the three effect dimensions each FFB theme counts towards (or none),
// read with plans.effectMapping and saved in one go with plans.setEffectMapping.
import { Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectMappingRow } from '../../../contract/areas/plan-overview';
import { FFB_THEMES } from '../../../contract/ffb';
import { EFFECT_DIMENSIONS, type EffectDimension } from '../../../contract/plan-terms';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifyError, notifySuccess } from '../../components/notify';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';

const NONE = 'none';
const groupOf = new Map(FFB_THEMES.map((theme) => [theme.code, theme.group]));

export function EffectMappingTab() {
  const mapping = useRpcQuery('plans.effectMapping', {});
  if (mapping.isError) return <LoadError error={mapping.error} onRetry={() => void mapping.refetch()} />;
  if (mapping.isPending) return <CenteredLoader fullPage={false} />;
  // Keyed by the saved data, so a save (or another user's) starts the form afresh.
  return <EffectMappingForm key={JSON.stringify(mapping.data)} rows={mapping.data} />;
}

function EffectMappingForm({ rows }: { rows: EffectMappingRow[] }) {
  const { t } = useTranslation();
  const save = useRpcMutation('plans.setEffectMapping', {
    onSuccess: () => notifySuccess(t('planOverview.effectMapping.saved')),
    onError: (error) => notifyError(error),
  });
  const [values, setValues] = useState<Record<string, EffectDimension | null>>(() => Object.fromEntries(rows.map((row) => [row.themeCode, row.dimension])));
  const changed = rows.some((row) => values[row.themeCode] !== row.dimension);
  const options = [{ value: NONE, label: t('planOverview.effectMapping.none') }, ...EFFECT_DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`planOverview.dimensions.${dimension}`) }))];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={720}>
        {t('planOverview.effectMapping.intro')}
      </Text>
      <Paper withBorder radius="md">
        <Table verticalSpacing="xs" aria-label={t('planOverview.effectMapping.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planOverview.effectMapping.theme')}</Table.Th>
              <Table.Th w={320}>{t('planOverview.effectMapping.dimension')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.themeCode}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.themeLabel}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {groupOf.get(row.themeCode) ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('planOverview.effectMapping.dimension') + ': ' + row.themeLabel}
                    data={options}
                    value={values[row.themeCode] ?? NONE}
                    onChange={(next) => setValues({ ...values, [row.themeCode]: !next || next === NONE ? null : (next as EffectDimension) })}
                    allowDeselect={false}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="flex-end">
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          disabled={!changed}
          loading={save.isPending}
          onClick={() => save.mutate({ mapping: rows.map((row) => ({ themeCode: row.themeCode, dimension: values[row.themeCode] ?? null })) })}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
