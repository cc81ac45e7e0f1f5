// Protects the staff a citizen must not have, through dispatch: the member must exist, once per
// citizen (CONFLICT), citizen scope, and audit rows naming the citizen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let admin: string;
let citizen: number;
let member: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizen = citizenIn(t, 'own');
  member = addStaffMember(t, { name: 'Bo Bang' });
});
afterEach(() => t.close());

describe('excluded staff', () => {
  it('adds, lists in Danish order and removes', async () => {
    const added = await t.callOk('citizens.excludeStaff', { citizenId: citizen, staffId: member, reason: 'Konflikt' }, admin);
    expect(added).toEqual({ id: added.id, citizenId: citizen, staffId: member, staffName: 'Bo Bang', reason: 'Konflikt', createdAt: '2026-03-02T08:00:00.000Z' });
    await t.callOk('citizens.excludeStaff', { citizenId: citizen, staffId: addStaffMember(t, { name: 'Åse Ager' }), reason: 'Ønske' }, admin);
    await t.callOk('citizens.excludeStaff', { citizenId: citizen, staffId: addStaffMember(t, { name: 'Anne Ager' }), reason: 'Ønske' }, admin);
    expect((await t.callOk('citizens.excludedStaff', { citizenId: citizen }, admin)).map((row) => row.staffName)).toEqual(['Anne Ager', 'Bo Bang', 'Åse Ager']);
    expect(await t.callOk('citizens.removeExcludedStaff', { id: added.id }, admin)).toEqual({});
    expect(t.count('citizen_excluded_staff')).toBe(2);
    expectCode(await t.call('citizens.removeExcludedStaff', { id: added.id }, admin), 'NOT_FOUND');
  });

  it('refuses an unknown member on staffId and the same member twice (CONFLICT)', async () => {
    expect(fieldPaths(expectCode(await t.call('citizens.excludeStaff', { citizenId: citizen, staffId: 9999, reason: 'X' }, admin), 'INVALID_INPUT'))).toEqual(['staffId']);
    await t.callOk('citizens.excludeStaff', { citizenId: citizen, staffId: member, reason: 'X' }, admin);
    expect(expectCode(await t.call('citizens.excludeStaff', { citizenId: citizen, staffId: member, reason: 'Y' }, admin), 'CONFLICT').message).toMatch(/Bo Bang er allerede/);
    expect(t.count('citizen_excluded_staff')).toBe(1);
    expectCode(await t.call('citizens.excludeStaff', { citizenId: 9999, staffId: member, reason: 'X' }, admin), 'NOT_FOUND');
  });

  it('a scoped user reaches only their residences’ citizens; a planner no citizen', async () => {
    const away = citizenIn(t, 'other');
    const leader = t.tokens.afdelingsleder;
    await t.callOk('citizens.excludeStaff', { citizenId: citizen, staffId: member, reason: 'X' }, leader);
    expectCode(await t.call('citizens.excludeStaff', { citizenId: away, staffId: member, reason: 'X' }, leader), 'FORBIDDEN');
    const elsewhere = await t.callOk('citizens.excludeStaff', { citizenId: away, staffId: member, reason: 'X' }, admin);
    expectCode(await t.call('citizens.removeExcludedStaff', { id: elsewhere.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('citizens.excludedStaff', { citizenId: away }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('citizens.excludedStaff', { citizenId: citizen }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('every call is audited with the citizen', async () => {
    const mark = t.backend.services.audit.lastId();
    const added = await t.callOk('citizens.excludeStaff', { citizenId: citizen, staffId: member, reason: 'X' }, admin);
    await t.callOk('citizens.excludedStaff', { citizenId: citizen }, admin);
    await t.callOk('citizens.removeExcludedStaff', { id: added.id, note: 'Løst' }, admin);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.citizen_id, row.subject, row.detail])).toEqual([
      ['create', 'citizens.excludeStaff', citizen, 'Bo Bang', null],
      ['read', 'citizens.excludedStaff', citizen, null, '1 medarbejdere'],
      ['delete', 'citizens.removeExcludedStaff', citizen, 'Bo Bang', 'Løst'],
    ]);
  });
});
