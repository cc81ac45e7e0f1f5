// The calendar months of a report period, each clipped to the period (the first and last may be partial).
import { addDays, daysInclusive, earlierDate } from '../citizens/calendar-days';

export interface MonthSlice {
  /** åååå-mm */
  month: string;
  from: string;
  to: string;
  days: number;
}

const monthEnd = (isoDate: string): string => {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
};

export function monthSlices(from: string, to: string): MonthSlice[] {
  const slices: MonthSlice[] = [];
  for (let start = from; start <= to; start = addDays(monthEnd(start), 1)) {
    const end = earlierDate(monthEnd(start), to);
    slices.push({ month: start.slice(0, 7), from: start, to: end, days: daysInclusive(start, end) });
  }
  return slices;
}
