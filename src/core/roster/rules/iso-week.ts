// The ISO week (Monday-Sunday) a local date lies in, for the weekly limits and the average.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';

dayjs.extend(isoWeek);

export interface IsoWeek {
  year: number;
  week: number;
  monday: string;
  sunday: string;
}

export function isoWeekOf(date: string): IsoWeek {
  const day = dayjs(date);
  const monday = day.isoWeekday(1);
  return { year: day.isoWeekYear(), week: day.isoWeek(), monday: monday.format('YYYY-MM-DD'), sunday: monday.add(6, 'day').format('YYYY-MM-DD') };
}

/** The Monday `weeks - 1` weeks before the Monday of `date`'s week: the start of a reference period of `weeks` weeks ending with it. */
export function referenceStart(date: string, weeks: number): string {
  return dayjs(isoWeekOf(date).monday)
    .subtract(weeks - 1, 'week')
    .format('YYYY-MM-DD');
}
