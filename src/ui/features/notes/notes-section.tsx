// The dagbog: the citizen's notes newest first, 20 a page from the server, with filters, "Skriv
// notat" for users who may write notes, and correction and history per note.
import { Button, Center, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { IconPencilPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contract/areas/notes';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { useRpcQuery } from '../../rpc/use-rpc';
import { NoteCard } from './note-card';
import { NoteFilterBar } from './note-filter-bar';
import { hasNoteFilters, NO_NOTE_FILTERS, toNotesInput, type NoteFilterValues } from './note-filters';
import { NoteHistoryModal } from './note-history-modal';
import { NoteModal } from './note-modal';
import { useGoalOptions } from './use-note-options';

const PAGE_SIZE = 20;

export function NotesSection({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('notes.write');
  const goals = useGoalOptions(citizenId);
  const [filters, setFilters] = useState<NoteFilterValues>(NO_NOTE_FILTERS);
  const [page, setPage] = useState(1);
  const notes = useRpcQuery('notes.list', toNotesInput(citizenId, filters, page, PAGE_SIZE), { placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<{ note: Note | null } | null>(null);
  const [historyOf, setHistoryOf] = useState<number | null>(null);
  const total = notes.data?.total ?? 0;
  const rows = notes.data?.rows ?? [];
  const from = (page - 1) * PAGE_SIZE + 1;

  const changeFilters = (next: NoteFilterValues) => {
    setFilters(next);
    setPage(1);
  };

  let body;
  if (notes.isError) body = <LoadError error={notes.error} onRetry={() => void notes.refetch()} />;
  else if (notes.isPending)
    body = (
      <Center h={120}>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  else if (!rows.length)
    body = (
      <Text size="sm" c="dimmed" py="lg" ta="center">
        {hasNoteFilters(filters) ? t('notes.emptyFiltered') : t('notes.empty')}
      </Text>
    );
  else
    body = (
      <Stack gap="sm" aria-label={t('notes.listLabel')} role="list" style={{ opacity: notes.isPlaceholderData ? 0.6 : 1 }}>
        {rows.map((note) => (
          <div role="listitem" key={note.id}>
            <NoteCard note={note} canWrite={canWrite} onCorrect={(current) => setEditing({ note: current })} onHistory={(current) => setHistoryOf(current.id)} />
          </div>
        ))}
      </Stack>
    );

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('notes.title')}
        description={t('notes.intro')}
        action={
          canWrite ? (
            <Button leftSection={<IconPencilPlus size={16} />} onClick={() => setEditing({ note: null })}>
              {t('notes.create')}
            </Button>
          ) : null
        }
      />
      <NoteFilterBar value={filters} onChange={changeFilters} goals={goals} />
      {body}
      {total > PAGE_SIZE ? (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {t('notes.paginationText', { from, to: Math.min(total, from + PAGE_SIZE - 1), total })}
          </Text>
          <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })} />
        </Group>
      ) : null}
      <NoteModal citizenId={citizenId} note={editing?.note ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
      <NoteHistoryModal noteId={historyOf} onClose={() => setHistoryOf(null)} />
    </Paper>
  );
}
