// The citizen's progression at a glance: every active goal with its first and latest assessment
// (funktionsevne, else GAS) and the movement between them, plus a count per movement.
import { Group, Paper, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contract/areas/plans';
import { SectionHeader } from '../../components/section-header';
import { MovementBadge } from './movement-badge';
import { signed } from './progression-chart';

function startNow(goal: Goal, t: TFunction): [string, string] {
  const p = goal.progression;
  const level = t('plan.chart.functionShort');
  if (p.startFunctionLevel !== null || p.currentFunctionLevel !== null) return [`${level} ${p.startFunctionLevel ?? '–'}`, `${level} ${p.currentFunctionLevel ?? '–'}`];
  if (p.startGas !== null || p.currentGas !== null) return [`GAS ${signed(p.startGas)}`, `GAS ${signed(p.currentGas)}`];
  return ['–', '–'];
}

export function CitizenProgression({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  const count = (movement: string) => goals.filter((goal) => goal.progression.movement === movement).length;
  return (
    <Paper p="lg" radius="md" component="section" aria-label={t('plan.progression.title')} data-testid="citizen-progression">
      <SectionHeader title={t('plan.progression.title')} description={t('plan.progression.intro')} mb="md" />
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.progression.empty')}
        </Text>
      ) : (
        <>
          <Group mb="sm">
            <Text size="sm" c="dimmed">
              {t('plan.progression.summary', { frem: count('frem'), uaendret: count('uaendret'), tilbage: count('tilbage') })}
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" fz="sm" withTableBorder aria-label={t('plan.progression.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plan.progression.goal')}</Table.Th>
                  <Table.Th>{t('plan.progression.start')}</Table.Th>
                  <Table.Th>{t('plan.progression.now')}</Table.Th>
                  <Table.Th>{t('plan.progression.movement')}</Table.Th>
                  <Table.Th ta="right">{t('plan.progression.evaluations')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {goals.map((goal) => {
                  const [start, now] = startNow(goal, t);
                  return (
                    <Table.Tr key={goal.id} data-testid={`progression-row-${goal.id}`}>
                      <Table.Td>
                        <Text size="sm" fw={500} lineClamp={1}>
                          {goal.parentId !== null ? '↳ ' : ''}
                          {goal.professionalText}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {goal.themeLabel}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{start}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{now}</Table.Td>
                      <Table.Td>
                        <MovementBadge movement={goal.progression.movement} />
                      </Table.Td>
                      <Table.Td ta="right">{goal.evaluations.length}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}
