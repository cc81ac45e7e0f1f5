// A citizen's pædagogisk plan tab (`#/borgere/12/plan`).
export function PlanTab({ citizenId }: { citizenId: number }) {
  return <div data-citizen={citizenId} />;
}
