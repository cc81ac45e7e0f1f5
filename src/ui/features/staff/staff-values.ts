// The staff form's values and their way to and from the contract: normtid and max hours typed in
// hours (stored as minutes), the hourly rate in kroner (stored as øre), ids as Select text.
import type { EMPLOYMENTS, STAFF_TITLES, StaffMember } from '../../../contract/areas/staff';
import type { FieldAliases } from '../../components/form-errors';
import { kronerToOre, oreToKroner } from '../../format/money';

export interface StaffValues {
  name: string;
  employeeNumber: string;
  title: (typeof STAFF_TITLES)[number] | null;
  homeResidenceId: string | null;
  employment: (typeof EMPLOYMENTS)[number];
  active: boolean;
  competenceIds: string[];
  weeklyHours: number | string;
  activeFrom: string | null;
  activeTo: string | null;
  preferredResidenceIds: string[];
  maxWeeklyHours: number | string;
  hourlyRate: number | string;
}

/** Server paths the form holds under another name. */
export const STAFF_ALIASES: FieldAliases = { weeklyMinutes: 'weeklyHours', maxWeeklyMinutes: 'maxWeeklyHours', hourlyRateOre: 'hourlyRate' };

export function toValues(member: StaffMember | null): StaffValues {
  return {
    name: member?.name ?? '',
    employeeNumber: member?.employeeNumber ?? '',
    title: member?.title ?? null,
    homeResidenceId: member?.homeResidenceId ? String(member.homeResidenceId) : null,
    employment: member?.employment ?? 'fast',
    active: member?.active ?? true,
    competenceIds: (member?.competenceIds ?? []).map(String),
    weeklyHours: member ? member.weeklyMinutes / 60 : 37,
    activeFrom: member?.activeFrom ?? null,
    activeTo: member?.activeTo ?? null,
    preferredResidenceIds: (member?.preferredResidenceIds ?? []).map(String),
    maxWeeklyHours: member?.maxWeeklyMinutes == null ? '' : member.maxWeeklyMinutes / 60,
    hourlyRate: member?.hourlyRateOre == null ? '' : oreToKroner(member.hourlyRateOre),
  };
}

const hoursToMinutes = (value: number | string): number | null => (value === '' || value === null ? null : Math.round(Number(value) * 60));

export function toRaw(values: StaffValues) {
  const substitute = values.employment === 'vikar';
  return {
    name: values.name,
    employeeNumber: values.employeeNumber,
    title: values.title,
    homeResidenceId: values.homeResidenceId ? Number(values.homeResidenceId) : null,
    employment: values.employment,
    active: values.active,
    competenceIds: values.competenceIds.map(Number),
    weeklyMinutes: hoursToMinutes(values.weeklyHours) ?? 0,
    activeFrom: values.activeFrom,
    activeTo: values.activeTo,
    preferredResidenceIds: substitute ? values.preferredResidenceIds.map(Number) : [],
    maxWeeklyMinutes: substitute ? hoursToMinutes(values.maxWeeklyHours) : null,
    hourlyRateOre: kronerToOre(values.hourlyRate),
  };
}

/** Client-side errors keyed like the form (the resolver names the contract's fields). */
export function renameErrors(errors: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [STAFF_ALIASES[path] ?? path, message]));
}
