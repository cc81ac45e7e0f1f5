// The citizen's own words about a goal (borgerens perspektiv), shown as a quote: a first-class
// part of the goal, not a comment.
import { Blockquote, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function CitizenWords({ words, testId }: { words: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Blockquote color="petrol" radius="md" p="md" pl="lg" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {t('plan.goals.citizenWords')}
      </Text>
      <Text size="md" fs="italic" style={{ whiteSpace: 'pre-line' }}>
        “{words}”
      </Text>
    </Blockquote>
  );
}
