// The dagbog's filters become notes.list's input: ids as numbers, "all" as no filter, and the
// input the contract accepts as it stands.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../contract';
import { hasNoteFilters, NO_NOTE_FILTERS, toNotesInput } from './note-filters';

describe('toNotesInput', () => {
  it('sends no filter when none is chosen', () => {
    expect(toNotesInput(4, NO_NOTE_FILTERS, 1, 20)).toEqual({ citizenId: 4, goalId: null, themeCode: null, forStatusReport: null, from: null, to: null, page: 1, pageSize: 20 });
    expect(hasNoteFilters(NO_NOTE_FILTERS)).toBe(false);
  });

  it('turns the choices into the contract input', () => {
    const filters = { goalId: '12', themeCode: 'abc', statusReport: 'not' as const, from: '2026-01-01', to: '2026-06-30' };
    const input = toNotesInput(4, filters, 3, 20);
    expect(input).toMatchObject({ goalId: 12, themeCode: 'abc', forStatusReport: false, from: '2026-01-01', to: '2026-06-30', page: 3 });
    expect(contract['notes.list'].input.safeParse(input).success).toBe(true);
    expect(toNotesInput(4, { ...NO_NOTE_FILTERS, statusReport: 'only' }, 1, 20).forStatusReport).toBe(true);
    expect(hasNoteFilters(filters)).toBe(true);
  });
});
