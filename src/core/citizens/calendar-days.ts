// Calendar-day arithmetic on ISO dates (YYYY-MM-DD) for stays, occupancy and the waiting list,
// done by dayjs in UTC so summer time never turns a day into 23 hours.
import dayjs from 'dayjs';
import '../common/danish-time';

const day = (isoDate: string) => dayjs.utc(isoDate);

/** `isoDate` plus `days` (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  return day(isoDate).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return day(to).diff(day(from), 'day');
}

/** Days in the period `from`..`to`, both counted. */
export function daysInclusive(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** dd-mm-åååå, the way Danish screens and messages show a date. */
export function formatDanishDate(isoDate: string): string {
  return day(isoDate).format('DD-MM-YYYY');
}

/** The later / earlier of two ISO dates (they compare as text). */
export const laterDate = (a: string, b: string): string => (a > b ? a : b);
export const earlierDate = (a: string, b: string): string => (a < b ? a : b);

/**
 * Day numbers for counting many periods quickly: `dayNumber(b) - dayNumber(a)` equals
 * `daysBetween(a, b)`. Each distinct date is computed by dayjs once and remembered.
 */
export function createDayNumbers(): (isoDate: string) => number {
  const origin = '2000-01-01';
  const known = new Map<string, number>();
  return (isoDate) => {
    let number = known.get(isoDate);
    if (number === undefined) {
      number = daysBetween(origin, isoDate);
      known.set(isoDate, number);
    }
    return number;
  };
}
