// A citizen's documentation tab (`#/borgere/12/dagbog`): the dagbog's notes with versions, and
// the incidents (magtanvendelser, utilsigtede hændelser, indlæggelser) below.
import { Stack } from '@mantine/core';
import { IncidentsSection } from './incidents-section';
import { NotesSection } from './notes-section';

export function JournalTab({ citizenId }: { citizenId: number }) {
  return (
    <Stack gap="lg">
      <NotesSection citizenId={citizenId} />
      <IncidentsSection citizenId={citizenId} />
    </Stack>
  );
}
