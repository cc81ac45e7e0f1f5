// A residence's roster setup: shift types, staffing need and the basisplan.
export function RosterSetupTab({ residenceId }: { residenceId: number | null }) {
  return <div data-residence={residenceId ?? ''} />;
}
