// Danish calendar days from UTC instants, across midnight and both daylight-saving changes.
import { describe, expect, it } from 'vitest';
import { danishDate, danishDayEnd, danishDayStart } from './danish-time';

describe('Danish time', () => {
  it('gives the Danish date of an instant, summer and winter', () => {
    expect(danishDate('2026-01-15T22:59:59.000Z')).toBe('2026-01-15');
    expect(danishDate('2026-01-15T23:00:00.000Z')).toBe('2026-01-16');
    expect(danishDate('2026-07-15T21:59:59.000Z')).toBe('2026-07-15');
    expect(danishDate('2026-07-15T22:00:00.000Z')).toBe('2026-07-16');
  });

  it('starts and ends Danish days at local midnight, also on the days the clocks change', () => {
    expect(danishDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(danishDayEnd('2026-03-29')).toBe('2026-03-29T22:00:00.000Z'); // a 23-hour day
    expect(danishDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(danishDayEnd('2026-10-25')).toBe('2026-10-25T23:00:00.000Z'); // a 25-hour day
  });
});
