// "Kan ikke tage vagten": everyone roster.suggest left out, each with the rules that exclude them;
// collapsed until asked for.
import { Button, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../contract/areas/roster';
import { ViolationList } from './violation-list';

interface ExcludedListProps {
  excluded: readonly { staffId: number; name: string; violations: Violation[] }[];
}

export function ExcludedList({ excluded }: ExcludedListProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  if (excluded.length === 0) return null;
  return (
    <div>
      <Button variant="subtle" size="compact-sm" px={0} onClick={toggle} aria-expanded={opened} leftSection={opened ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}>
        {t('roster.drawer.excluded', { count: excluded.length })}
      </Button>
      <Collapse expanded={opened}>
        <Stack gap="sm" mt="xs" data-testid="excluded">
          {excluded.map((person) => (
            <div key={person.staffId}>
              <Text size="sm" fw={600}>
                {person.name}
              </Text>
              <ViolationList violations={person.violations} />
            </div>
          ))}
        </Stack>
      </Collapse>
    </div>
  );
}
