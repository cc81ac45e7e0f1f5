// A citizen's documentation tab (`#/borgere/12/dagbog`): notes with versions, and incidents.
export function JournalTab({ citizenId }: { citizenId: number }) {
  return <div data-citizen={citizenId} />;
}
