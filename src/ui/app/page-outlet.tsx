// Maps the hash route to a page, and refuses pages the user's role does not allow.
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { AuditPage } from '../features/audit/audit-page';
import { CitizensPage } from '../features/citizens/citizens-page';
import { NoAccessPage, NotFoundPage } from '../features/coming-soon/status-pages';
import { PlansPage } from '../features/plan-overview/plans-page';
import { ReportsPage } from '../features/reports/reports-page';
import { ResidencesPage } from '../features/residences/residences-page';
import { RosterPage } from '../features/roster/roster-page';
import { SubstitutesPage } from '../features/substitutes/substitutes-page';
import { SettingsPage } from '../features/settings/settings-page';
import { StaffPage } from '../features/staff/staff-page';
import { useCurrentUser } from './current-user';
import { NAV_ITEMS } from './nav-items';

export function PageOutlet({ route }: { route: string[] }) {
  const user = useCurrentUser();
  const [area = 'oversigt', ...rest] = route;
  const item = NAV_ITEMS.find((candidate) => candidate.path === area);
  if (!item) return <NotFoundPage />;
  if (item.permission && !user.permissions.includes(item.permission)) return <NoAccessPage />;

  switch (item.key) {
    case 'dashboard':
      return <DashboardPage />;
    case 'residences':
      return <ResidencesPage route={rest} />;
    case 'citizens':
      return <CitizensPage route={rest} />;
    case 'plans':
      return <PlansPage route={rest} />;
    case 'staff':
      return <StaffPage />;
    case 'roster':
      return <RosterPage route={rest} />;
    case 'substitutes':
      return <SubstitutesPage route={rest} />;
    case 'reports':
      return <ReportsPage route={rest} />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage route={rest} />;
  }
}
