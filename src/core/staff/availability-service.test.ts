// Protects availability through dispatch: set for days (whole day or a kind of shift), replace and
// remove, list by period and member, scope and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let admin: string;
let vikar: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  vikar = addStaffMember(t, { employment: 'vikar', name: 'Vera Vikar' });
});
afterEach(() => t.close());

describe('availability', () => {
  it('sets, replaces and removes per day and kind; the whole day is null', async () => {
    const set = await t.callOk('staff.setAvailability', { staffId: vikar, dates: ['2026-03-04', '2026-03-03'], shiftKind: null, availability: 'kan' }, admin);
    expect(set).toEqual([
      { staffId: vikar, date: '2026-03-03', shiftKind: null, availability: 'kan' },
      { staffId: vikar, date: '2026-03-04', shiftKind: null, availability: 'kan' },
    ]);
    expect(await t.callOk('staff.setAvailability', { staffId: vikar, dates: ['2026-03-03'], shiftKind: 'nat', availability: 'oensker' }, admin)).toEqual([
      { staffId: vikar, date: '2026-03-03', shiftKind: null, availability: 'kan' },
      { staffId: vikar, date: '2026-03-03', shiftKind: 'nat', availability: 'oensker' },
    ]);
    await t.callOk('staff.setAvailability', { staffId: vikar, dates: ['2026-03-04'], shiftKind: null, availability: 'kan-ikke' }, admin);
    await t.callOk('staff.setAvailability', { staffId: vikar, dates: ['2026-03-03'], shiftKind: null, availability: null }, admin);
    const other = addStaffMember(t, { employment: 'vikar' });
    await t.callOk('staff.setAvailability', { staffId: other, dates: ['2026-03-03'], shiftKind: 'dag', availability: 'kan' }, admin);
    expect(await t.callOk('staff.availability', { staffId: vikar, from: '2026-03-01', to: '2026-03-31' }, admin)).toEqual([
      { staffId: vikar, date: '2026-03-03', shiftKind: 'nat', availability: 'oensker' },
      { staffId: vikar, date: '2026-03-04', shiftKind: null, availability: 'kan-ikke' },
    ]);
    expect((await t.callOk('staff.availability', { from: '2026-03-03', to: '2026-03-03' }, t.tokens.medarbejder)).map((entry) => entry.staffId)).toEqual([vikar, other]);
    expect(await t.callOk('staff.availability', { from: '2026-03-05', to: '2026-03-31' }, admin)).toEqual([]);
  });

  it('refuses an unknown member on staffId; a medarbejder and a scoped leader for the pool are FORBIDDEN', async () => {
    expect(fieldPaths(expectCode(await t.call('staff.setAvailability', { staffId: 9999, dates: ['2026-03-03'], availability: 'kan' }, admin), 'INVALID_INPUT'))).toEqual(['staffId']);
    expectCode(await t.call('staff.setAvailability', { staffId: vikar, dates: ['2026-03-03'], availability: 'kan' }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('staff.setAvailability', { staffId: vikar, dates: ['2026-03-03'], availability: 'kan' }, t.tokens.afdelingsleder), 'FORBIDDEN');
    const away = addStaffMember(t, { homeResidence: 'other' });
    expectCode(await t.call('staff.setAvailability', { staffId: away, dates: ['2026-03-03'], availability: 'kan' }, t.tokens.afdelingsleder), 'FORBIDDEN');
    const own = addStaffMember(t, { homeResidence: 'own' });
    expect(await t.callOk('staff.setAvailability', { staffId: own, dates: ['2026-03-03'], availability: 'kan' }, t.tokens.afdelingsleder)).toHaveLength(1);
    expect(t.count('staff_availability')).toBe(1);
  });

  it('is audited with the member', async () => {
    const mark = t.backend.services.audit.lastId();
    await t.callOk('staff.setAvailability', { staffId: vikar, dates: ['2026-03-03', '2026-03-04'], shiftKind: 'aften', availability: 'oensker' }, t.tokens.vagtplanlaegger);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.detail])).toEqual([
      ['update', 'staff.setAvailability', 'Vera Vikar', '2 dag(e) fra 2026-03-03: aften = oensker'],
    ]);
  });
});
