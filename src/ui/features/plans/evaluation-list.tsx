// A goal's evaluations, newest first, behind a "Vis evalueringer" toggle: date, the three scores,
// the note and who evaluated; the closing evaluation is marked.
import { Badge, Button, Collapse, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../contract/areas/plans';
import { formatDate } from '../../format/dates';
import { functionLevelLabel, gasLabel, supportLevelLabel } from './plan-labels';

export function EvaluationList({ evaluations, goalId }: { evaluations: Evaluation[]; goalId: number }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  if (evaluations.length === 0) return null;
  const rows = [...evaluations].reverse();
  return (
    <Stack gap={4}>
      <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened} aria-controls={`evaluations-${goalId}`} style={{ alignSelf: 'flex-start' }}>
        {opened ? t('plan.chart.hideEvaluations') : t('plan.chart.showEvaluations', { count: evaluations.length })}
      </Button>
      <Collapse expanded={opened} id={`evaluations-${goalId}`}>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} fz="sm" aria-label={t('plan.chart.evaluations')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.evaluation.date')}</Table.Th>
                <Table.Th>{t('plan.evaluation.functionLevel')}</Table.Th>
                <Table.Th>{t('plan.evaluation.gas')}</Table.Th>
                <Table.Th>{t('plan.evaluation.supportNeed')}</Table.Th>
                <Table.Th>{t('plan.evaluation.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(row.date)}
                    {row.closing ? (
                      <Badge size="xs" variant="light" color="gray" ml={6}>
                        {t('plan.chart.closing')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{functionLevelLabel(t, row.functionLevel)}</Table.Td>
                  <Table.Td>{gasLabel(t, row.gas)}</Table.Td>
                  <Table.Td>{supportLevelLabel(t, row.supportNeed)}</Table.Td>
                  <Table.Td>
                    {row.note ? <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{row.note}</Text> : null}
                    <Text size="xs" c="dimmed">
                      {t('plan.chart.evaluatedBy', { name: row.evaluatedBy })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Collapse>
    </Stack>
  );
}
