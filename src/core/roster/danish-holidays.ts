// Danish public holidays (helligdage) from the date-holidays library, never a hand-typed list:
// marked in the roster grid and paid with the holiday supplement.
import Holidays from 'date-holidays';

const denmark = new Holidays('DK');
const byYear = new Map<number, Map<string, string>>();

/** The public holidays of `year`: date (YYYY-MM-DD) → Danish name. */
export function holidaysOf(year: number): ReadonlyMap<string, string> {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map(
      denmark
        .getHolidays(year, 'da')
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
    );
    byYear.set(year, holidays);
  }
  return holidays;
}

/** The holiday's name on `date`, or null. */
export function holidayOn(date: string): string | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}
