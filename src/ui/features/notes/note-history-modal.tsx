// "Vis historik" (notes.history): every version of a note, oldest first, with who wrote it, when,
// why it was corrected, and its text, so what was first written stays readable.
import { Badge, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoteVersion } from '../../../contract/areas/notes';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { formatDate, formatDateTime } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { NoteLinks } from './note-links';

export function NoteHistoryModal({ noteId, onClose }: { noteId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={noteId !== null} onClose={onClose} title={t('notes.history.title')} size="lg">
      {noteId !== null ? <NoteHistory noteId={noteId} /> : null}
    </Modal>
  );
}

function NoteHistory({ noteId }: { noteId: number }) {
  const { t } = useTranslation();
  const history = useRpcQuery('notes.history', { id: noteId });
  if (history.isPending) return <CenteredLoader fullPage={false} />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  const latest = Math.max(...history.data.map((version) => version.version));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('notes.history.intro')}
      </Text>
      {history.data.map((version) => (
        <VersionCard key={version.version} version={version} current={version.version === latest} />
      ))}
    </Stack>
  );
}

function VersionCard({ version, current }: { version: NoteVersion; current: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" data-testid={`note-version-${version.version}`} aria-label={t('notes.history.version', { version: version.version })} component="article">
      <Group justify="space-between" gap="xs" mb={6}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t('notes.history.version', { version: version.version })}
          </Text>
          {current ? (
            <Badge size="sm" variant="light">
              {t('notes.history.current')}
            </Badge>
          ) : null}
          {version.forStatusReport ? (
            <Badge size="sm" variant="light" color="grape">
              {t('notes.forStatusReport')}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('notes.history.by', { name: version.editedBy, at: formatDateTime(version.editedAt) })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb={4}>
        {version.correctionReason ? t('notes.history.reason', { reason: version.correctionReason }) : t('notes.history.first')} · {t('notes.history.date', { date: formatDate(version.date) })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {version.body}
      </Text>
      <NoteLinks goals={version.goals} themes={version.themes} />
    </Paper>
  );
}
