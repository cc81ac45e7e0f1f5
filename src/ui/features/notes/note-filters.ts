// The dagbog's filter values and how they become notes.list's input.
import type { InputOf } from '../../../contract';

export interface NoteFilterValues {
  goalId: string | null;
  themeCode: string | null;
  statusReport: 'all' | 'only' | 'not';
  from: string | null;
  to: string | null;
}

export const NO_NOTE_FILTERS: NoteFilterValues = { goalId: null, themeCode: null, statusReport: 'all', from: null, to: null };

export function hasNoteFilters(value: NoteFilterValues): boolean {
  return value.goalId !== null || value.themeCode !== null || value.statusReport !== 'all' || value.from !== null || value.to !== null;
}

export function toNotesInput(citizenId: number, value: NoteFilterValues, page: number, pageSize: number): InputOf<'notes.list'> {
  return {
    citizenId,
    goalId: value.goalId ? Number(value.goalId) : null,
    themeCode: value.themeCode,
    forStatusReport: value.statusReport === 'all' ? null : value.statusReport === 'only',
    from: value.from,
    to: value.to,
    page,
    pageSize,
  };
}
