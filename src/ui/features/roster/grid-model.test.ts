// The grid model: shifts and absence per staff member and day, open shifts per day, what is
// missing against the need (null without a need), and the days an approval locks.
import { describe, expect, it } from 'vitest';
import type { RosterGrid, Shift } from '../../../contract/areas/roster';
import { buildGridModel } from './grid-model';

const shift = (id: number, date: string, staffId: number | null, start = '07:00'): Shift => ({
  id,
  residenceId: 1,
  residenceName: 'Engbo',
  shiftTypeId: 1,
  shiftTypeName: 'Dagvagt',
  kind: 'dag',
  date,
  start,
  end: '15:00',
  startsAt: `${date}T${start}:00.000Z`,
  endsAt: `${date}T14:00:00.000Z`,
  minutes: 480,
  sleeping: false,
  staffId,
  staffName: staffId === null ? null : 'Anna',
  employment: staffId === null ? null : 'fast',
  openReason: staffId === null ? 'fravaer' : null,
  source: 'manuel',
  requiredCompetenceIds: [],
  locked: false,
  version: 1,
});

const grid: RosterGrid = {
  residenceId: 1,
  from: '2026-03-02',
  to: '2026-03-03',
  days: [
    { date: '2026-03-02', isoWeek: 10, weekday: 1, holiday: null },
    { date: '2026-03-03', isoWeek: 10, weekday: 2, holiday: null },
  ],
  staff: [{ staffId: 7, name: 'Anna', employment: 'fast', minutes: 960, weeklyMinutes: 2220 }],
  shifts: [shift(2, '2026-03-02', 7, '15:00'), shift(1, '2026-03-02', 7), shift(3, '2026-03-03', null)],
  absences: [{ id: 1, staffId: 7, staffName: 'Anna', kind: 'sygdom', from: '2026-03-03', to: '2026-03-05', note: null, recordedBy: 'Admin', createdAt: '2026-03-01T10:00:00Z' }],
  coverage: [
    { date: '2026-03-02', shiftTypeId: 1, needed: 2, staffed: 2, open: 0 },
    { date: '2026-03-03', shiftTypeId: 1, needed: 2, staffed: 0, open: 1 },
  ],
  continuity: [],
  locked: [{ from: '2026-03-02', to: '2026-03-02', approvedBy: 'Admin', approvedAt: '2026-03-01T10:00:00Z' }],
};

describe('buildGridModel', () => {
  const model = buildGridModel(grid);

  it('puts each staff member\'s shifts on their day, earliest first, with the absence covering the day', () => {
    const anna = model.rows[0]!;
    expect(anna.days.get('2026-03-02')!.shifts.map((s) => s.id)).toEqual([1, 2]);
    expect(anna.days.get('2026-03-02')!.absence).toBeNull();
    expect(anna.days.get('2026-03-03')!.absence?.kind).toBe('sygdom');
  });

  it('lists open shifts per day and what is missing against the need', () => {
    expect(model.open.get('2026-03-03')!.map((s) => s.id)).toEqual([3]);
    expect(model.missing.get('2026-03-02')).toBe(0);
    expect(model.missing.get('2026-03-03')).toBe(2);
  });

  it('locks only the approved days', () => {
    expect([...model.lockedDates]).toEqual(['2026-03-02']);
  });

  it('has no need (null) on a day without staffing need', () => {
    expect(buildGridModel({ ...grid, coverage: [] }).missing.get('2026-03-02')).toBeNull();
  });
});
