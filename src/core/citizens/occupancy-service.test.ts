// Protects occupancy (belægning) per residence: places, occupied and free today (never negative),
// occupied days within the period (inclusive, clipped), capacity days, the percentage and the
// active waiting list, for the residences the user may see and that are not archived.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, RESIDENCE_INPUT, type TestBackend } from '../../../tests/fixtures/backend';
import { insertCitizen } from '../../../tests/fixtures/citizens';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const occupancy = (from: string, to: string, token = admin, residenceId?: number) => t.callOk('residences.occupancy', { from, to, residenceId }, token);
const stay = (residenceId: number, moveIn: string, moveOut: string | null = null) => insertCitizen(t.backend.db, { residenceId, moveIn, moveOut });

describe('residences.occupancy', () => {
  it('counts days inclusively, clipped to the period, and today\'s occupied and free places', async () => {
    stay(t.residences.own, '2025-12-20', '2026-01-10'); // 10 days in January
    stay(t.residences.own, '2026-01-31'); // 1 day, and here today (2 March)
    stay(t.residences.own, '2026-01-15', '2026-01-15'); // 1 day
    stay(t.residences.own, '2026-02-01', '2026-03-02'); // after the period; here today
    stay(t.residences.other, '2025-01-01', '2025-12-31'); // before the period
    const [own, other] = await occupancy('2026-01-01', '2026-01-31');
    expect(own).toEqual({
      residenceId: t.residences.own,
      residenceName: 'Egebakken',
      places: 8,
      occupiedToday: 2,
      freeToday: 6,
      occupiedDays: 12,
      capacityDays: 8 * 31,
      occupancyPercent: 4.8,
      waiting: 0,
    });
    expect(other).toMatchObject({ residenceName: 'Lærkehøj', occupiedToday: 0, freeToday: 8, occupiedDays: 0, occupancyPercent: 0 });
  });

  it('a full year at full capacity is 100 %, leap day included; over-full is never negative free', async () => {
    const tiny = await t.callOk('residences.create', { ...RESIDENCE_INPUT, name: 'Lille', places: 1 }, admin);
    stay(tiny.id, '2020-01-01');
    stay(tiny.id, '2026-01-01'); // over capacity (places cut after the fact): still counted
    const [row] = await occupancy('2024-01-01', '2024-12-31', admin, tiny.id);
    expect(row).toMatchObject({ places: 1, occupiedDays: 366, capacityDays: 366, occupancyPercent: 100 });
    const [today] = await occupancy('2026-03-01', '2026-03-31', admin, tiny.id);
    expect(today).toMatchObject({ occupiedToday: 2, freeToday: 0, occupancyPercent: 200 });
  });

  it('counts active waiting-list entries only', async () => {
    const a = insertCitizen(t.backend.db, { residenceId: null });
    const b = insertCitizen(t.backend.db, { residenceId: null });
    await t.callOk('waitingList.add', { citizenId: a, residenceId: t.residences.own, requestedDate: '2026-01-01', desiredMoveIn: null }, admin);
    const closed = await t.callOk('waitingList.add', { citizenId: b, residenceId: t.residences.own, requestedDate: '2026-01-01', desiredMoveIn: null }, admin);
    await t.callOk('waitingList.setStatus', { id: closed.id, status: 'trukket', statusDate: '2026-02-01' }, admin);
    expect((await occupancy('2026-01-01', '2026-01-31'))[0]!.waiting).toBe(1);
  });

  it('leaves out archived residences unless asked for one; scoped users see only theirs', async () => {
    await t.callOk('residences.archive', { id: t.residences.other }, admin);
    expect((await occupancy('2026-01-01', '2026-01-31')).map((row) => row.residenceName)).toEqual(['Egebakken']);
    expect((await occupancy('2026-01-01', '2026-01-31', admin, t.residences.other)).map((row) => row.residenceName)).toEqual(['Lærkehøj']);
    await t.callOk('residences.restore', { id: t.residences.other }, admin);
    for (const token of [t.tokens.afdelingsleder, t.tokens.medarbejder]) {
      expect((await occupancy('2026-01-01', '2026-01-31', token)).map((row) => row.residenceName)).toEqual(['Egebakken']);
      expectCode(await t.call('residences.occupancy', { from: '2026-01-01', to: '2026-01-31', residenceId: t.residences.other }, token), 'FORBIDDEN');
    }
    expect(await occupancy('2026-01-01', '2026-01-31', t.tokens.vagtplanlaegger)).toHaveLength(2);
    expectCode(await t.call('residences.occupancy', { from: '2026-01-01', to: '2026-01-31', residenceId: 9999 }, admin), 'NOT_FOUND');
    expectCode(await t.call('residences.occupancy', { from: '2026-02-01', to: '2026-01-31' }, admin), 'INVALID_INPUT');
  });

  it('writes no audit row (counts, not citizen data)', async () => {
    const before = t.count('audit_log');
    await occupancy('2026-01-01', '2026-01-31');
    expect(t.count('audit_log')).toBe(before);
  });
});
