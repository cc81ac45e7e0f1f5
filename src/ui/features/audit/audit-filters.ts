// The log's filter values as the screen holds them, and their translation into audit.list input.
import type { AuditAction } from '../../../contract/areas/audit';
import type { InputOf } from '../../../contract';

export interface AuditFilterValues {
  from: string | null;
  to: string | null;
  userId: string | null;
  action: AuditAction | null;
  citizenId: number | string;
  text: string;
}

export const NO_FILTERS: AuditFilterValues = { from: null, to: null, userId: null, action: null, citizenId: '', text: '' };

export function validCitizenId(value: number | string): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

export function toAuditInput(filters: AuditFilterValues, page: number, pageSize: number): InputOf<'audit.list'> {
  return {
    from: filters.from,
    to: filters.to,
    userId: filters.userId ? Number(filters.userId) : null,
    action: filters.action,
    citizenId: validCitizenId(filters.citizenId),
    text: filters.text.trim() || null,
    page,
    pageSize,
  };
}

export function hasFilters(filters: AuditFilterValues): boolean {
  return Boolean(filters.from || filters.to || filters.userId || filters.action || validCitizenId(filters.citizenId) || filters.text.trim());
}
