// The invoicing basis rule on its own: days covered by the period, a stay and a placement (all
// inclusive), one line per placement × stay, priced in whole øre; and the months of a period.
import { describe, expect, it } from 'vitest';
import { createDayNumbers } from '../citizens/calendar-days';
import { placementLines } from './area-placement-lines';
import type { PlacementRecord, StayRecord } from './area-queries';
import { monthSlices } from './occupancy-months';

const placement = (fields: Partial<PlacementRecord>): PlacementRecord => ({
  citizen_id: 1,
  acting_municipality_code: '0751',
  acting_name: 'Aarhus Kommune',
  acting_sort: 'aarhus',
  paying_municipality_code: '0751',
  paying_name: 'Aarhus Kommune',
  legal_basis: 'Serviceloven § 108',
  daily_rate_ore: 215_000,
  start_date: '2025-01-01',
  end_date: null,
  ...fields,
});
const stay = (fields: Partial<StayRecord>): StayRecord => ({ citizen_id: 1, residence_id: 1, residence_name: 'Egebakken', move_in: '2025-01-01', move_out: null, ...fields });
const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

describe('placementLines', () => {
  it('bills a whole month: 31 days × 2.150,00 kr. = 66.650,00 kr.', () => {
    const [line, ...rest] = placementLines([placement({})], [stay({})], JANUARY, createDayNumbers());
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ from: '2026-01-01', to: '2026-01-31', days: 31, dailyRateOre: 215_000, amountOre: 6_665_000, payingMunicipalityName: null });
  });

  it('splits at a new rate and at a move, counting both the first and the last day', () => {
    const placements = [
      placement({ end_date: '2026-01-09' }),
      placement({ start_date: '2026-01-10', daily_rate_ore: 220_050, paying_municipality_code: '0740', paying_name: 'Silkeborg Kommune' }),
    ];
    const stays = [stay({ move_out: '2026-01-19' }), stay({ residence_id: 2, residence_name: 'Lærkehøj', move_in: '2026-01-20', move_out: '2026-01-25' })];
    const lines = placementLines(placements, stays, JANUARY, createDayNumbers());
    expect(lines.map((line) => [line.residenceName, line.from, line.to, line.days, line.amountOre, line.payingMunicipalityName])).toEqual([
      ['Egebakken', '2026-01-01', '2026-01-09', 9, 9 * 215_000, null],
      ['Egebakken', '2026-01-10', '2026-01-19', 10, 10 * 220_050, 'Silkeborg Kommune'],
      ['Lærkehøj', '2026-01-20', '2026-01-25', 6, 6 * 220_050, 'Silkeborg Kommune'],
    ]);
  });

  it('gives no line when the stay and the placement never meet in the period', () => {
    expect(placementLines([placement({ start_date: '2026-01-20' })], [stay({ move_out: '2026-01-19' })], JANUARY, createDayNumbers())).toEqual([]);
    expect(placementLines([placement({ end_date: '2025-12-31' })], [stay({})], JANUARY, createDayNumbers())).toEqual([]);
  });
});

describe('monthSlices', () => {
  it('cuts a period into calendar months, the first and last clipped, leap days counted', () => {
    expect(monthSlices('2027-12-15', '2028-03-02')).toEqual([
      { month: '2027-12', from: '2027-12-15', to: '2027-12-31', days: 17 },
      { month: '2028-01', from: '2028-01-01', to: '2028-01-31', days: 31 },
      { month: '2028-02', from: '2028-02-01', to: '2028-02-29', days: 29 },
      { month: '2028-03', from: '2028-03-01', to: '2028-03-02', days: 2 },
    ]);
    expect(monthSlices('2026-01-05', '2026-01-05')).toEqual([{ month: '2026-01', from: '2026-01-05', to: '2026-01-05', days: 1 }]);
  });
});
