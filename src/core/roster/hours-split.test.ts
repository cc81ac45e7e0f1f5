// Supplement minutes from a shift's UTC interval split at Danish local boundaries: evening, night,
// weekend and holiday, across midnight, into a holiday and across both daylight-saving changes.
import { describe, expect, it } from 'vitest';
import { SUPPLEMENT_DEFAULTS } from '../../contract/roster-terms';
import { splitShift } from './hours-split';
import { shiftInstants } from './shift-times';

const split = (date: string, start: string, end: string) => {
  const { startsAt, endsAt } = shiftInstants(date, start, end);
  return splitShift(startsAt, endsAt, SUPPLEMENT_DEFAULTS);
};
const minutes = (evening: number, night: number, weekend: number, holiday: number) => ({ eveningMinutes: evening, nightMinutes: night, weekendMinutes: weekend, holidayMinutes: holiday });

describe('splitShift', () => {
  it('gives a weekday day shift no supplement and an evening shift its hours from 17', () => {
    expect(split('2026-03-03', '07:00', '15:00')).toEqual(minutes(0, 0, 0, 0));
    expect(split('2026-03-03', '15:00', '23:00')).toEqual(minutes(360, 0, 0, 0));
  });

  it('counts night from 23 to 06 the next morning, and the weekend from Saturday 00:00 to Monday 00:00', () => {
    expect(split('2026-03-03', '23:00', '07:00')).toEqual(minutes(0, 420, 0, 0));
    expect(split('2026-03-06', '23:00', '07:00')).toEqual(minutes(0, 420, 420, 0));
    expect(split('2026-03-08', '23:00', '07:00')).toEqual(minutes(0, 420, 60, 0));
    expect(split('2026-03-07', '15:00', '23:00')).toEqual(minutes(360, 0, 480, 0));
  });

  it('is right on the nights the clocks change', () => {
    // 29-03-2026 02:00 → 03:00: 7 hours worked, 6 of them between 23 and 06.
    expect(split('2026-03-28', '23:00', '07:00')).toEqual(minutes(0, 360, 420, 0));
    // 25-10-2026 03:00 → 02:00: 9 hours worked, 8 of them between 23 and 06.
    expect(split('2026-10-24', '23:00', '07:00')).toEqual(minutes(0, 480, 540, 0));
  });

  it('counts the holiday part of a night shift crossing into or out of a holiday', () => {
    // Skærtorsdag 02-04-2026 begins at midnight.
    expect(split('2026-04-01', '23:00', '07:00')).toEqual(minutes(0, 420, 0, 420));
    expect(split('2026-04-02', '15:00', '23:00')).toEqual(minutes(360, 0, 0, 480));
    // 2. påskedag 06-04-2026 ends at midnight.
    expect(split('2026-04-06', '23:00', '07:00')).toEqual(minutes(0, 420, 0, 60));
  });
});
