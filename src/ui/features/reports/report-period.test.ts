import { describe, expect, it } from 'vitest';
import { presetPeriod } from './report-period';

describe('report period quick picks', () => {
  it('last month is the whole previous calendar month, across a year end', () => {
    expect(presetPeriod('lastMonth', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetPeriod('lastMonth', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('lastMonth', '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('last quarter is the previous calendar quarter', () => {
    expect(presetPeriod('lastQuarter', '2026-11-23')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('last year is the previous calendar year', () => {
    expect(presetPeriod('lastYear', '2026-11-23')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
