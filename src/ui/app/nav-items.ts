// The main menu: each area, its hash route, icon and the permission that shows it.
import {
  IconBuildingCommunity,
  IconCalendarTime,
  IconChartBar,
  IconClipboardList,
  IconHome,
  IconId,
  IconSettings,
  IconShieldSearch,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { Permission } from '../../contract';

export type AreaKey = 'dashboard' | 'residences' | 'citizens' | 'plans' | 'staff' | 'roster' | 'substitutes' | 'reports' | 'audit' | 'settings';

export interface NavItem {
  key: AreaKey;
  /** The hash route's first segment, in Danish like the menu. */
  path: string;
  icon: Icon;
  /** Absent: every signed-in user. */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: 'oversigt', icon: IconHome },
  { key: 'residences', path: 'botilbud', icon: IconBuildingCommunity, permission: 'residences.read' },
  { key: 'citizens', path: 'borgere', icon: IconId, permission: 'citizens.read' },
  { key: 'plans', path: 'planer', icon: IconClipboardList, permission: 'plans.read' },
  { key: 'staff', path: 'personale', icon: IconUsers, permission: 'staff.read' },
  { key: 'roster', path: 'vagtplan', icon: IconCalendarTime, permission: 'roster.read' },
  { key: 'substitutes', path: 'vikarer', icon: IconUsersGroup, permission: 'roster.read' },
  { key: 'reports', path: 'rapporter', icon: IconChartBar, permission: 'reports.generate' },
  { key: 'audit', path: 'log', icon: IconShieldSearch, permission: 'audit.read' },
  { key: 'settings', path: 'indstillinger', icon: IconSettings },
];

export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}
