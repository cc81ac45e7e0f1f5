// Rule violations as a list: the rule's name in bold, then its message with the figures; rules no
// reason can override are marked.
import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../contract/areas/roster';

export function ViolationList({ violations }: { violations: readonly Violation[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4} data-testid="violations">
      {violations.map((violation, index) => (
        <List.Item key={`${violation.rule}-${index}`}>
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {t(`roster.rules.${violation.rule}`)}
            </Text>
            {!violation.overridable ? (
              <Badge size="xs" color="red" variant="light">
                {t('roster.drawer.hardBadge')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {violation.message}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
