// A goal's actions (indsatser): title, method and status; add and edit for users who may write.
import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalAction } from '../../../contract/areas/plans';
import type { ActionStatus } from '../../../contract/plan-terms';
import { shortText } from './plan-labels';

const STATUS_COLOR: Record<ActionStatus, string> = { planlagt: 'gray', igang: 'blue', afsluttet: 'teal' };

interface ActionListProps {
  goal: Goal;
  canWrite: boolean;
  onAdd?: () => void;
  onEdit?: (action: GoalAction) => void;
}

export function ActionList({ goal, canWrite, onAdd, onEdit }: ActionListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={`goal-actions-${goal.id}`}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('plan.actions.title')}
        </Text>
        {canWrite && onAdd ? (
          <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={onAdd} aria-label={t('plan.actions.addNamed', { text: shortText(goal.professionalText) })}>
            {t('plan.actions.add')}
          </Button>
        ) : null}
      </Group>
      {goal.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.actions.empty')}
        </Text>
      ) : (
        goal.actions.map((action) => (
          <Group key={action.id} gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
            <div>
              <Text size="sm">{action.title}</Text>
              <Text size="xs" c="dimmed">
                {action.method ?? t('plan.actions.noMethod')}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap">
              <Badge size="sm" variant="light" color={STATUS_COLOR[action.status]}>
                {t(`plan.actionStatuses.${action.status}`)}
              </Badge>
              {canWrite && onEdit ? (
                <Tooltip label={t('common.edit')}>
                  <ActionIcon size="sm" variant="subtle" onClick={() => onEdit(action)} aria-label={t('plan.actions.editNamed', { title: action.title })}>
                    <IconPencil size={14} />
                  </ActionIcon>
                </Tooltip>
              ) : null}
            </Group>
          </Group>
        ))
      )}
    </Stack>
  );
}
