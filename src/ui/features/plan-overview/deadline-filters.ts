// The deadline list's filters (residence, contact person, horizon in days) and plans.deadlines' input.
import type { InputOf } from '../../../contract';

export interface DeadlineFilterValues {
  residenceId: string | null;
  contactStaffId: string | null;
  withinDays: number;
}

export const HORIZONS = [7, 14, 30, 60, 90] as const;
export const DEFAULT_DEADLINE_FILTERS: DeadlineFilterValues = { residenceId: null, contactStaffId: null, withinDays: 30 };

export function toDeadlinesInput(value: DeadlineFilterValues): InputOf<'plans.deadlines'> {
  return {
    residenceId: value.residenceId ? Number(value.residenceId) : null,
    contactStaffId: value.contactStaffId ? Number(value.contactStaffId) : null,
    withinDays: value.withinDays,
  };
}
