// Protects absence (fravær) through dispatch: no overlap with the member's other absence (adjacent
// is fine), the member's shifts in the period become open shifts, deleting leaves them open, the
// list's filters, scope and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let admin: string;
let member: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  member = addStaffMember(t, { name: 'Søren Syg' });
});
afterEach(() => t.close());

const SICK = { kind: 'sygdom', from: '2026-03-02', to: '2026-03-04', note: null } as const;
const shiftRow = (id: number) => t.backend.db.prepare('SELECT staff_id, open_reason, version FROM shifts WHERE id = ?').get(id);

describe('create', () => {
  it('opens every shift of the member dated in the period, and returns them through the shift reader', async () => {
    const day = addShiftType(t, t.residences.own);
    const night = addShiftType(t, t.residences.own, { kind: 'nat' });
    const before = addShift(t, { shiftTypeId: day, date: '2026-03-01', staffId: member });
    const first = addShift(t, { shiftTypeId: day, date: '2026-03-02', staffId: member });
    // A night starting on the last day is the member's shift that day, though it ends the next.
    const last = addShift(t, { shiftTypeId: night, date: '2026-03-04', staffId: member });
    const after = addShift(t, { shiftTypeId: day, date: '2026-03-05', staffId: member });
    const someoneElse = addShift(t, { shiftTypeId: day, date: '2026-03-03', staffId: addStaffMember(t) });

    const { absence, openedShifts } = await t.callOk('absences.create', { staffId: member, ...SICK, note: 'Influenza' }, admin);
    expect(absence).toMatchObject({ staffId: member, staffName: 'Søren Syg', kind: 'sygdom', from: '2026-03-02', to: '2026-03-04', note: 'Influenza', recordedBy: 'Ada Administrator' });
    expect(openedShifts.map((shift) => [shift.id, shift.staffId, shift.openReason, shift.version])).toEqual([
      [first, null, 'fravaer', 2],
      [last, null, 'fravaer', 2],
    ]);
    expect(openedShifts[1]).toMatchObject({ date: '2026-03-04', start: '23:00', end: '07:00', residenceName: 'Egebakken' });
    for (const id of [before, after]) expect(shiftRow(id)).toEqual({ staff_id: member, open_reason: null, version: 1 });
    expect(shiftRow(someoneElse)).toMatchObject({ open_reason: null, version: 1 });
  });

  it('refuses absence overlapping the member’s other absence by one day, on from, and changes nothing', async () => {
    await t.callOk('absences.create', { staffId: member, ...SICK }, admin);
    const shift = addShift(t, { residenceId: t.residences.own, date: '2026-03-06', staffId: member });
    const before = { absences: t.count('absences'), audit: t.count('audit_log') };
    const error = expectCode(await t.call('absences.create', { staffId: member, kind: 'ferie', from: '2026-03-04', to: '2026-03-06' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['from']);
    expect(error.message).toBe('Fravær overlapper fravær (Sygdom 02-03-2026–04-03-2026)');
    expect({ absences: t.count('absences'), audit: t.count('audit_log') }).toEqual(before);
    expect(shiftRow(shift)).toMatchObject({ staff_id: member, version: 1 });
    // Inside or around it is overlap too.
    expectCode(await t.call('absences.create', { staffId: member, kind: 'ferie', from: '2026-03-03', to: '2026-03-03' }, admin), 'INVALID_INPUT');
    expectCode(await t.call('absences.create', { staffId: member, kind: 'ferie', from: '2026-02-01', to: '2026-03-31' }, admin), 'INVALID_INPUT');
  });

  it('allows adjacent absence, and another member’s absence the same days', async () => {
    await t.callOk('absences.create', { staffId: member, ...SICK }, admin);
    await t.callOk('absences.create', { staffId: member, kind: 'ferie', from: '2026-03-05', to: '2026-03-09' }, admin);
    await t.callOk('absences.create', { staffId: member, kind: 'kursus', from: '2026-03-01', to: '2026-03-01' }, admin);
    await t.callOk('absences.create', { staffId: addStaffMember(t), ...SICK }, admin);
    expect(t.count('absences')).toBe(4);
  });

  it('refuses an unknown member on staffId, and to before from', async () => {
    expect(fieldPaths(expectCode(await t.call('absences.create', { staffId: 9999, ...SICK }, admin), 'INVALID_INPUT'))).toEqual(['staffId']);
    expect(fieldPaths(expectCode(await t.call('absences.create', { staffId: member, ...SICK, to: '2026-03-01' }, admin), 'INVALID_INPUT'))).toEqual(['to']);
  });
});

describe('delete and list', () => {
  it('deleting leaves the opened shifts open; an unknown absence is NOT_FOUND', async () => {
    const shift = addShift(t, { residenceId: t.residences.own, date: '2026-03-03', staffId: member });
    const { absence } = await t.callOk('absences.create', { staffId: member, ...SICK }, admin);
    expect(await t.callOk('absences.delete', { id: absence.id }, admin)).toEqual({});
    expect(t.count('absences')).toBe(0);
    expect(shiftRow(shift)).toEqual({ staff_id: null, open_reason: 'fravaer', version: 2 });
    expectCode(await t.call('absences.delete', { id: absence.id }, admin), 'NOT_FOUND');
  });

  it('lists absence overlapping the period, by member or home residence', async () => {
    const away = addStaffMember(t, { name: 'Anna Andetsted', homeResidence: 'other' });
    await t.callOk('absences.create', { staffId: member, ...SICK }, admin);
    await t.callOk('absences.create', { staffId: member, kind: 'ferie', from: '2026-04-01', to: '2026-04-10' }, admin);
    await t.callOk('absences.create', { staffId: away, kind: 'kursus', from: '2026-03-04', to: '2026-03-05' }, admin);
    const list = async (input: { from: string; to: string; staffId?: number; residenceId?: number }) =>
      (await t.callOk('absences.list', input, admin)).map((absence) => `${absence.staffName} ${absence.from}`);
    expect(await list({ from: '2026-03-04', to: '2026-03-31' })).toEqual(['Søren Syg 2026-03-02', 'Anna Andetsted 2026-03-04']);
    expect(await list({ from: '2026-03-05', to: '2026-04-01' })).toEqual(['Anna Andetsted 2026-03-04', 'Søren Syg 2026-04-01']);
    expect(await list({ from: '2026-03-01', to: '2026-12-31', staffId: member })).toEqual(['Søren Syg 2026-03-02', 'Søren Syg 2026-04-01']);
    expect(await list({ from: '2026-03-01', to: '2026-12-31', residenceId: t.residences.other })).toEqual(['Anna Andetsted 2026-03-04']);
    expect(await list({ from: '2026-03-06', to: '2026-03-31' })).toEqual([]);
  });
});

describe('access and audit', () => {
  it('an afdelingsleder registers absence only for their own residence’s staff; a medarbejder never', async () => {
    const away = addStaffMember(t, { homeResidence: 'other' });
    const pool = addStaffMember(t, { employment: 'vikar' });
    const leader = t.tokens.afdelingsleder;
    const { absence } = await t.callOk('absences.create', { staffId: member, ...SICK }, leader);
    expectCode(await t.call('absences.create', { staffId: away, ...SICK }, leader), 'FORBIDDEN');
    expectCode(await t.call('absences.create', { staffId: pool, ...SICK }, leader), 'FORBIDDEN');
    expectCode(await t.call('absences.list', { from: '2026-03-01', to: '2026-03-31', residenceId: t.residences.other }, leader), 'FORBIDDEN');
    expectCode(await t.call('absences.create', { staffId: member, ...SICK, from: '2026-05-01', to: '2026-05-01' }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('absences.delete', { id: absence.id }, t.tokens.medarbejder), 'FORBIDDEN');
    const otherAbsence = await t.callOk('absences.create', { staffId: away, ...SICK }, t.tokens.vagtplanlaegger);
    expectCode(await t.call('absences.delete', { id: otherAbsence.absence.id }, leader), 'FORBIDDEN');
    // Scoped: only their own residence's staff are listed.
    expect((await t.callOk('absences.list', { from: '2026-03-01', to: '2026-03-31' }, leader)).map((row) => row.staffId)).toEqual([member]);
  });

  it('create and delete are audited with the member, the period and the shifts opened', async () => {
    addShift(t, { residenceId: t.residences.own, date: '2026-03-03', staffId: member });
    const mark = t.backend.services.audit.lastId();
    const { absence } = await t.callOk('absences.create', { staffId: member, ...SICK }, admin);
    await t.callOk('absences.delete', { id: absence.id }, admin);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.detail, row.citizen_id])).toEqual([
      ['create', 'absences.create', 'Søren Syg', 'Sygdom 02-03-2026–04-03-2026; 1 vagt(er) blev ledige', null],
      ['delete', 'absences.delete', 'Søren Syg', 'Sygdom 02-03-2026–04-03-2026', null],
    ]);
  });
});
