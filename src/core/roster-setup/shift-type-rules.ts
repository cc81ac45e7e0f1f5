// The rules a shift type's times obey, beyond the schema: only a night shift may run past midnight
// (an end at or before the start), a shift lasts 1-16 hours, and only a night shift is awake or
// sleeping (and must say which).
import type { NightMode, ShiftKind } from '../../contract/roster-terms';
import { invalidField } from '../common/domain-error';
import { nominalMinutes } from '../roster/shift-times';

export const MIN_SHIFT_MINUTES = 60;
export const MAX_SHIFT_MINUTES = 16 * 60;

export function checkShiftTypeTimes(fields: { kind: ShiftKind; start: string; end: string; nightMode: NightMode | null }): void {
  if (fields.end <= fields.start && fields.kind !== 'nat') {
    throw invalidField('end', 'Slut skal ligge efter start; kun en nattevagt kan gå over midnat');
  }
  const minutes = nominalMinutes(fields.start, fields.end);
  if (minutes < MIN_SHIFT_MINUTES) throw invalidField('end', 'Slut: en vagt skal vare mindst 1 time');
  if (minutes > MAX_SHIFT_MINUTES) throw invalidField('end', `Slut: en vagt må højst vare 16 timer (denne varer ${Math.floor(minutes / 60)} t ${minutes % 60} min)`);
  if (fields.kind === 'nat' && fields.nightMode === null) throw invalidField('nightMode', 'Nattevagt: vælg vågen eller sovende nat');
  if (fields.kind !== 'nat' && fields.nightMode !== null) throw invalidField('nightMode', 'Nattevagt: kun en nattevagt kan være vågen eller sovende');
}
