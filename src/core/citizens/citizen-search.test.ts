// Protects how the citizen search box is read: name parts in any order, 2-6 digits as the start of
// the birth date, a whole CPR number (with or without dash) as itself, and LIKE wildcards escaped.
import { describe, expect, it } from 'vitest';
import { containsPattern, parseCitizenSearch, prefixEnd, searchForAudit } from './citizen-search';

describe('parseCitizenSearch', () => {
  it('reads name parts, folded', () => {
    expect(parseCitizenSearch('  Anna   HOL ')).toEqual({ nameParts: ['anna', 'hol'], birthPrefix: null, fullCpr: null });
    expect(parseCitizenSearch('ØRUM')).toEqual({ nameParts: ['ørum'], birthPrefix: null, fullCpr: null });
    expect(parseCitizenSearch('')).toEqual({ nameParts: [], birthPrefix: null, fullCpr: null });
    expect(parseCitizenSearch(null)).toEqual({ nameParts: [], birthPrefix: null, fullCpr: null });
  });

  it('joins parts beyond the third into the third', () => {
    expect(parseCitizenSearch('a b c d e').nameParts).toEqual(['a', 'b', 'c d e']);
  });

  it('reads 2-6 digits as the start of the birth date; a single digit or 7-9 digits are not', () => {
    expect(parseCitizenSearch('15').birthPrefix).toBe('15');
    expect(parseCitizenSearch('150372').birthPrefix).toBe('150372');
    expect(parseCitizenSearch('150372-').birthPrefix).toBe('150372');
    expect(parseCitizenSearch('anna 1503')).toEqual({ nameParts: ['anna'], birthPrefix: '1503', fullCpr: null });
    expect(parseCitizenSearch('1')).toEqual({ nameParts: ['1'], birthPrefix: null, fullCpr: null });
    expect(parseCitizenSearch('1503721')).toEqual({ nameParts: ['1503721'], birthPrefix: null, fullCpr: null });
  });

  it('reads a whole CPR number with dash, space or neither', () => {
    for (const text of ['150372-1236', '1503721236', '150372 1236', ' 150372-1236 ']) {
      expect(parseCitizenSearch(text)).toEqual({ nameParts: [], birthPrefix: null, fullCpr: '1503721236' });
    }
  });
});

describe('helpers', () => {
  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('the prefix range ends just after every digit', () => {
    expect('1503729999' < prefixEnd('150372')).toBe(true);
    expect('1503800000' < prefixEnd('150372')).toBe(false);
  });

  it('never writes a whole CPR number to the audit log', () => {
    expect(searchForAudit(parseCitizenSearch('150372-1236'))).toBe('CPR-nummer 150372-xxxx');
    expect(searchForAudit(parseCitizenSearch('anna 1503'))).toBe('"anna 1503"');
    expect(searchForAudit(parseCitizenSearch(''))).toBeNull();
  });
});
