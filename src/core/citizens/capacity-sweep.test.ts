// Protects the capacity sweep and the period helpers behind the stay rules: inclusive days, a stay
// ending the day before another begins frees its place, open ends, clipping to the period.
import { describe, expect, it } from 'vitest';
import { firstFullDay } from './capacity-sweep';
import { addedRanges, rangesOverlap } from './stay-periods';
import { addDays, createDayNumbers, daysBetween, daysInclusive, formatDanishDate } from './calendar-days';

const range = (from: string, to: string | null = null) => ({ from, to });

describe('firstFullDay', () => {
  it('is null while the others leave a place free on every day', () => {
    expect(firstFullDay([range('2026-01-01'), range('2026-02-01', '2026-02-28')], range('2026-01-15'), 3)).toBeNull();
    expect(firstFullDay([], range('2026-01-01'), 1)).toBeNull();
  });

  it('finds the first day on which the others take every place', () => {
    const others = [range('2026-01-01'), range('2026-03-10', '2026-03-20'), range('2026-03-15')];
    expect(firstFullDay(others, range('2026-02-01'), 3)).toBe('2026-03-15');
    expect(firstFullDay(others, range('2026-02-01'), 2)).toBe('2026-03-10');
    expect(firstFullDay(others, range('2026-02-01', '2026-03-09'), 2)).toBeNull();
    // The period starting inside a full stretch is full from its first day.
    expect(firstFullDay(others, range('2026-03-12', '2026-03-12'), 2)).toBe('2026-03-12');
  });

  it('counts both the move-in and the move-out day: ending the day before frees the place, the same day does not', () => {
    expect(firstFullDay([range('2026-01-01', '2026-02-28')], range('2026-03-01'), 1)).toBeNull();
    expect(firstFullDay([range('2026-01-01', '2026-03-01')], range('2026-03-01'), 1)).toBe('2026-03-01');
    expect(firstFullDay([range('2026-03-02')], range('2026-01-01', '2026-03-01'), 1)).toBeNull();
    expect(firstFullDay([range('2026-03-01')], range('2026-01-01', '2026-03-01'), 1)).toBe('2026-03-01');
  });

  it('a departure and an arrival on consecutive days keep the count', () => {
    const others = [range('2026-01-01', '2026-01-31'), range('2026-02-01'), range('2026-01-01')];
    expect(firstFullDay(others, range('2026-01-01'), 3)).toBeNull();
    expect(firstFullDay(others, range('2026-01-01'), 2)).toBe('2026-01-01');
  });

  it('no places: full on the first day', () => {
    expect(firstFullDay([], range('2026-05-01'), 0)).toBe('2026-05-01');
  });
});

describe('periods', () => {
  it('overlap when they share at least one day', () => {
    expect(rangesOverlap(range('2026-01-01', '2026-01-31'), range('2026-01-31'))).toBe(true);
    expect(rangesOverlap(range('2026-01-01', '2026-01-31'), range('2026-02-01'))).toBe(false);
    expect(rangesOverlap(range('2026-01-01'), range('2020-01-01', '2025-12-31'))).toBe(false);
    expect(rangesOverlap(range('2026-01-01'), range('2030-01-01'))).toBe(true);
  });

  it('addedRanges gives the days a changed stay newly covers', () => {
    expect(addedRanges(range('2026-02-01', '2026-02-28'), range('2026-02-10', '2026-02-20'))).toEqual([]);
    expect(addedRanges(range('2026-02-01'), range('2026-02-01', '2026-06-30'))).toEqual([]);
    expect(addedRanges(range('2026-02-01', '2026-02-28'), range('2026-01-15', '2026-03-05'))).toEqual([range('2026-01-15', '2026-01-31'), range('2026-03-01', '2026-03-05')]);
    expect(addedRanges(range('2026-02-01', '2026-02-28'), range('2026-02-01'))).toEqual([range('2026-03-01')]);
    expect(addedRanges(range('2026-02-01', '2026-02-28'), range('2026-04-01', '2026-04-30'))).toEqual([range('2026-04-01', '2026-04-30')]);
  });
});

describe('calendar days', () => {
  it('count whole days across summer time and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysInclusive('2024-02-01', '2024-02-29')).toBe(29);
    expect(daysInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(formatDanishDate('2026-03-01')).toBe('01-03-2026');
    const dayNumber = createDayNumbers();
    expect(dayNumber('2026-12-31') - dayNumber('2026-01-01')).toBe(364);
  });
});
