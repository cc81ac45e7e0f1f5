// roster.suggest's candidates, best first: name, known-at-residence and wish badges, the reasons
// as small text, hours this week, and "Tildel" per row for users who may write the roster.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../contract/areas/roster';
import { hoursText } from './shift-text';

interface SuggestionListProps {
  candidates: readonly Suggestion[];
  canWrite: boolean;
  assigningId: number | null;
  onAssign: (candidate: Suggestion) => void;
}

export function SuggestionList({ candidates, canWrite, assigningId, onAssign }: SuggestionListProps) {
  const { t } = useTranslation();
  if (candidates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('roster.drawer.noCandidates')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="suggestions">
      {candidates.map((candidate, index) => (
        <Paper key={candidate.staffId} px="sm" py={6} radius="md" data-testid={`suggestion-${index}`} aria-label={candidate.name} role="group">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Group gap={6}>
                <Text fw={600} size="sm">
                  {index + 1}. {candidate.name}
                </Text>
                {candidate.knownShifts > 0 ? (
                  <Badge size="sm" color="teal" variant="light">
                    {t('roster.drawer.known')}
                  </Badge>
                ) : null}
                {candidate.wishes ? (
                  <Badge size="sm" color="grape" variant="light">
                    {t('roster.drawer.wishes')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {[t('roster.drawer.weekHours', { hours: hoursText(candidate.weekMinutes) }), ...(candidate.employment === 'vikar' ? [t('roster.grid.substitute')] : [])].join(' · ')}
              </Text>
              <Text size="xs" data-testid="suggestion-reasons">
                {candidate.reasons.join(' · ')}
              </Text>
            </div>
            {canWrite ? (
              <Button size="xs" style={{ flexShrink: 0 }} loading={assigningId === candidate.staffId} disabled={assigningId !== null && assigningId !== candidate.staffId} onClick={() => onAssign(candidate)}>
                {t('roster.drawer.assign')}
              </Button>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
