// The one API of Kerne: every method, by name. Hosts, the renderer and the CLI all use this list.
import type { z } from 'zod';
import { auditMethods } from './areas/audit';
import { citizenMethods } from './areas/citizens';
import { consentMethods } from './areas/consents';
import { placementMethods } from './areas/placements';
import { referenceMethods } from './areas/reference';
import { relativeMethods } from './areas/relatives';
import { staffMethods } from './areas/staff';
import { waitingListMethods } from './areas/waiting-list';
import { planMethods } from './areas/plans';
import { planOverviewMethods } from './areas/plan-overview';
import { noteMethods } from './areas/notes';
import { rosterSetupMethods } from './areas/roster-setup';
import { rosterMethods } from './areas/roster';
import { reportMethods } from './areas/reports';
import { residenceMethods } from './areas/residences';
import { settingsMethods } from './areas/settings';
import { systemMethods } from './areas/system';
import { userMethods } from './areas/users';

export const contract = {
  ...systemMethods,
  ...userMethods,
  ...residenceMethods,
  ...settingsMethods,
  ...auditMethods,
  ...referenceMethods,
  ...staffMethods,
  ...citizenMethods,
  ...placementMethods,
  ...relativeMethods,
  ...consentMethods,
  ...waitingListMethods,
  ...planMethods,
  ...planOverviewMethods,
  ...noteMethods,
  ...rosterSetupMethods,
  ...rosterMethods,
  ...reportMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults may be omitted). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after validation. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './access';
export * from './errors';
export type { MethodSpec } from './method';

// Zod's own messages (for checks without a field-specific message) in Danish.
import { z as zod } from 'zod';
import danish from 'zod/v4/locales/da.js';
zod.config(danish());
export type { KerneBridge, ChangeNotice } from './bridge';
