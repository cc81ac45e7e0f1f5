// Roles and permissions: what each kind of user may do. Methods name the permission they need;
// dispatch enforces it, and services narrow the rows to the residences a user is assigned.
export const ROLES = ['administrator', 'afdelingsleder', 'vagtplanlaegger', 'medarbejder'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  afdelingsleder: 'Afdelingsleder',
  vagtplanlaegger: 'Vagtplanlægger',
  medarbejder: 'Medarbejder',
};

export const PERMISSIONS = [
  'residences.read',
  'residences.write',
  'settings.read',
  'settings.write',
  'users.manage',
  'audit.read',
  'audit.export',
  'citizens.read',
  'citizens.write',
  'citizens.cpr',
  'plans.read',
  'plans.write',
  'notes.write',
  'staff.read',
  'staff.write',
  'roster.read',
  'roster.write',
  'reports.generate',
  'system.demo',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Least privilege: a planner sees rosters and staff but no care data; a staff member reads and
 * documents for their own residence; a department head manages their residences.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  afdelingsleder: [
    'residences.read',
    'residences.write',
    'settings.read',
    'citizens.read',
    'citizens.write',
    'citizens.cpr',
    'plans.read',
    'plans.write',
    'notes.write',
    'staff.read',
    'roster.read',
    'roster.write',
    'reports.generate',
  ],
  vagtplanlaegger: ['residences.read', 'settings.read', 'staff.read', 'staff.write', 'roster.read', 'roster.write'],
  medarbejder: ['residences.read', 'settings.read', 'citizens.read', 'plans.read', 'notes.write', 'roster.read'],
};

/** Roles whose access is limited to the residences assigned to the user. */
export const RESIDENCE_SCOPED_ROLES: readonly Role[] = ['afdelingsleder', 'medarbejder'];

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
