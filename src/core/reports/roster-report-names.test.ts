// Report names: Danish month names, ISO weeks across the new year, and ASCII-safe file names.
import { describe, expect, it } from 'vitest';
import { asciiSlug, danishMonth, isoWeekOf, reportFileName } from './roster-report-names';

describe('report names', () => {
  it('names the month in Danish with a capital letter', () => {
    expect(danishMonth('2026-11')).toBe('November 2026');
    expect(danishMonth('2027-02')).toBe('Februar 2027');
    expect(danishMonth('2026-05')).toBe('Maj 2026');
  });

  it('numbers the ISO week with its ISO year', () => {
    expect(isoWeekOf('2026-11-23')).toEqual({ week: 48, year: 2026 });
    expect(isoWeekOf('2025-12-29')).toEqual({ week: 1, year: 2026 });
    expect(isoWeekOf('2026-12-28')).toEqual({ week: 53, year: 2026 });
  });

  it('spells Danish letters in ASCII for file names', () => {
    expect(asciiSlug('Lærkehøj Åbrinken')).toBe('laerkehoej-aabrinken');
    expect(asciiSlug('  Bo & Bo / Søhuset  ')).toBe('bo-bo-soehuset');
    expect(reportFileName(['ugeplan', 'Solsikken', 'uge', 48, 2026])).toBe('ugeplan-solsikken-uge-48-2026.pdf');
    expect(reportFileName(['vikarmappe', 'Ørnereden'])).toMatch(/^[a-z0-9-]+\.pdf$/);
  });
});
