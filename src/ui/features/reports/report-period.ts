// Quick picks for a report's period: the last full month (the invoicing rhythm), quarter or year.
import dayjs from 'dayjs';

export type PeriodPreset = 'lastMonth' | 'lastQuarter' | 'lastYear';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['lastMonth', 'lastQuarter', 'lastYear'];

/** The preset's first and last day (ISO), counted back from `today`. */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const day = dayjs(today);
  if (preset === 'lastMonth') {
    const month = day.subtract(1, 'month');
    return { from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD') };
  }
  if (preset === 'lastYear') {
    const year = day.subtract(1, 'year');
    return { from: year.startOf('year').format('YYYY-MM-DD'), to: year.endOf('year').format('YYYY-MM-DD') };
  }
  const quarterStartMonth = Math.floor(day.month() / 3) * 3;
  const start = day.month(quarterStartMonth).startOf('month').subtract(3, 'month');
  return { from: start.format('YYYY-MM-DD'), to: start.add(2, 'month').endOf('month').format('YYYY-MM-DD') };
}
