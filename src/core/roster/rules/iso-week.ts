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

// The rules ask for the same few weeks for every person in a batch; dayjs is slow enough to matter.
const weeks = new Map<string, IsoWeek>();
const starts = new Map<string, string>();
const remember = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 1000) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
};

export function isoWeekOf(date: string): IsoWeek {
  return remember(weeks, date, () => computeIsoWeek(date));
}

function computeIsoWeek(date: string): IsoWeek {
  const day = dayjs(date);
  const monday = day.isoWeekday(1);
  return { year: day.isoWeekYear(), week: day.isoWeek(), monday: monday.format('YYYY-MM-DD'), sunday: monday.add(6, 'day').format('YYYY-MM-DD') };
}

/** The Monday `weeks - 1` weeks before the Monday of `date`'s week: the start of a reference period of `weeks` weeks ending with it. */
export function referenceStart(date: string, count: number): string {
  return remember(starts, `${date}/${count}`, () =>
    dayjs(isoWeekOf(date).monday)
      .subtract(count - 1, 'week')
      .format('YYYY-MM-DD'),
  );
}
