// Shift lengths in Danish time, including the two daylight-saving nights and a shift over midnight.
import { expect, it } from 'vitest';
import { holidayOn } from './danish-holidays';
import { localParts, nominalMinutes, shiftInstants } from './shift-times';

it('a day shift is 8 hours, in UTC one hour behind Danish winter time', () => {
  expect(shiftInstants('2026-03-02', '07:00', '15:00')).toEqual({ startsAt: '2026-03-02T06:00:00.000Z', endsAt: '2026-03-02T14:00:00.000Z', minutes: 480 });
});

it('a night shift over midnight ends the next day', () => {
  expect(shiftInstants('2026-03-02', '23:00', '07:00')).toMatchObject({ endsAt: '2026-03-03T06:00:00.000Z', minutes: 480 });
});

it('the night the clocks go forward (29 March 2026) is an hour shorter, the night they go back (25 October 2026) an hour longer', () => {
  expect(shiftInstants('2026-03-28', '23:00', '07:00').minutes).toBe(420);
  expect(shiftInstants('2026-10-24', '23:00', '07:00').minutes).toBe(540);
  expect(nominalMinutes('23:00', '07:00')).toBe(480);
});

it('reads an instant back as a Danish date, time and ISO weekday', () => {
  expect(localParts('2026-03-08T22:30:00.000Z')).toEqual({ date: '2026-03-08', time: '23:30', weekday: 7 });
});

it('knows the Danish public holidays from the library, without Store Bededag since 2024', () => {
  expect(holidayOn('2026-12-25')).toBe('Juledag');
  expect(holidayOn('2026-04-03')).toBe('Langfredag');
  expect(holidayOn('2026-05-01')).toBeNull();
  expect(holidayOn('2024-04-26')).toBeNull();
});
