// Vagtplan (`#/vagtplan/...`): a residence's roster grid, absence and open shifts, and its setup.
import { RosterSetupTab } from '../roster-setup/roster-setup-tab';

export function RosterPage({ route }: { route: string[] }) {
  return (
    <div data-route={route.join('/')}>
      <RosterSetupTab residenceId={Number(route[0]) || null} />
    </div>
  );
}
