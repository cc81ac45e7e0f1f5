// The staff form's conversions: hours to minutes, kroner to øre, substitute-only fields dropped for
// permanent staff, and the contract's field names renamed to the form's.
import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../../contract/areas/staff';
import { renameErrors, toRaw, toValues } from './staff-values';

const member: StaffMember = {
  id: 7,
  name: 'Bjørn Olsen',
  employeeNumber: 'M1060',
  title: 'Pædagog',
  homeResidenceId: null,
  homeResidenceName: null,
  employment: 'vikar',
  active: true,
  competenceIds: [2, 3],
  weeklyMinutes: 1950,
  activeFrom: '2024-10-26',
  activeTo: null,
  preferredResidenceIds: [4],
  maxWeeklyMinutes: 1830,
  hourlyRateOre: 21050,
  version: 3,
};

describe('staff values', () => {
  it('shows minutes as hours and øre as kroner, and sends them back exactly', () => {
    const values = toValues(member);
    expect(values).toMatchObject({ weeklyHours: 32.5, maxWeeklyHours: 30.5, hourlyRate: 210.5, competenceIds: ['2', '3'], preferredResidenceIds: ['4'] });
    expect(toRaw(values)).toMatchObject({ weeklyMinutes: 1950, maxWeeklyMinutes: 1830, hourlyRateOre: 21050, competenceIds: [2, 3], preferredResidenceIds: [4] });
  });

  it('sends no maximum and no preferred residences for permanent staff, and empty inputs as null', () => {
    const raw = toRaw({ ...toValues(member), employment: 'fast', hourlyRate: '' });
    expect(raw).toMatchObject({ maxWeeklyMinutes: null, preferredResidenceIds: [], hourlyRateOre: null });
    expect(toRaw({ ...toValues(member), maxWeeklyHours: '' }).maxWeeklyMinutes).toBeNull();
  });

  it('starts a new member at 37 hours', () => {
    expect(toRaw(toValues(null)).weeklyMinutes).toBe(2220);
  });

  it("puts the contract's messages on the form's fields", () => {
    expect(renameErrors({ weeklyMinutes: 'a', hourlyRateOre: 'b', name: 'c' })).toEqual({ weeklyHours: 'a', hourlyRate: 'b', name: 'c' });
  });
});
