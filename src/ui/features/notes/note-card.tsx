// One note in the dagbog: date, author, "Til statusrapport" and "Rettet" (with the number of
// versions), the text, its goals and themes, and "Ret" / "Vis historik".
import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contract/areas/notes';
import { formatDate, formatDateTime } from '../../format/dates';
import { NoteLinks } from './note-links';

interface NoteCardProps {
  note: Note;
  canWrite: boolean;
  onCorrect: (note: Note) => void;
  onHistory: (note: Note) => void;
}

export function NoteCard({ note, canWrite, onCorrect, onHistory }: NoteCardProps) {
  const { t } = useTranslation();
  const date = formatDate(note.date);
  const corrected = note.version > 1;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={date} data-testid={`note-${note.id}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <Group gap="xs">
          <Text fw={600}>{date}</Text>
          <Text size="sm" c="dimmed">
            {t('notes.writtenBy', { name: note.author })}
          </Text>
          {note.forStatusReport ? (
            <Badge variant="light" color="grape" radius="sm">
              {t('notes.forStatusReport')}
            </Badge>
          ) : null}
          {corrected ? (
            <Badge variant="light" color="orange" radius="sm" data-testid="note-corrected">
              {t('notes.correctedBadge', { count: note.version })}
            </Badge>
          ) : null}
        </Group>
        <Group gap={4}>
          {corrected ? (
            <Button size="compact-sm" variant="subtle" leftSection={<IconHistory size={14} />} onClick={() => onHistory(note)} aria-label={t('notes.showHistoryLabel', { date })}>
              {t('notes.showHistory')}
            </Button>
          ) : null}
          {canWrite ? (
            <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => onCorrect(note)} aria-label={t('notes.correctLabel', { date })}>
              {t('notes.correct')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {note.body}
      </Text>
      <NoteLinks goals={note.goals} themes={note.themes} />
      {corrected ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('notes.correctedBy', { name: note.editedBy, at: formatDateTime(note.editedAt) })}
          {note.correctionReason ? `: ${note.correctionReason}` : ''}
        </Text>
      ) : null}
    </Paper>
  );
}
