// Creating and assigning shifts through dispatch: rules refuse an assignment with the rule and the
// figures, a reason overrides the soft ones and lands in the tilsynsbog, hard ones (absence,
// employment, overlap) cannot be overridden, stale versions conflict, a locked period is logged,
// and scoped department heads stay in their residences.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { addAbsence, addApproval, addCompetence, addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let planner: string;
beforeEach(async () => {
  t = await createTestBackend();
  planner = t.tokens.vagtplanlaegger;
});
afterEach(() => t.close());

const version = (shiftId: number) => t.backend.db.prepare<[number], number>('SELECT version FROM shifts WHERE id = ?').pluck().get(shiftId)!;
const assign = (shiftId: number, staffId: number, overrideReason: string | null = null, token = planner) =>
  t.call('roster.assign', { shiftId, staffId, version: version(shiftId), overrideReason }, token);
const displayName = (userId: number) => t.backend.db.prepare<[number], string>('SELECT display_name FROM users WHERE id = ?').pluck().get(userId)!;

/** A staff member with an evening shift 10 March 15-23, and an open day shift 11 March 09:59-18:00 (10 h 59 min after). */
function tooLittleRest() {
  const staffId = addStaffMember(t, { name: 'Bo Jensen' });
  addShift(t, { date: '2026-03-10', kind: 'aften', staffId });
  const shiftId = addShift(t, { date: '2026-03-11', start: '09:59', end: '18:00' });
  return { staffId, shiftId };
}

describe('roster.createShift', () => {
  it('an open shift from a shift type, with the competences the staffing need requires that weekday', async () => {
    const typeId = addShiftType(t, t.residences.own, { kind: 'dag' });
    const medicin = addCompetence(t, 'Medicin');
    const needId = Number(t.backend.db.prepare('INSERT INTO staffing_needs (shift_type_id, weekday, staff_count) VALUES (?, 3, 2)').run(typeId).lastInsertRowid);
    t.backend.db.prepare('INSERT INTO staffing_need_competences (staffing_need_id, competence_id) VALUES (?, ?)').run(needId, medicin);

    const wednesday = await t.callOk('roster.createShift', { shiftTypeId: typeId, date: '2026-03-11' }, planner);
    expect(wednesday).toMatchObject({
      residenceId: t.residences.own,
      shiftTypeName: 'Dagvagt',
      kind: 'dag',
      date: '2026-03-11',
      start: '07:00',
      end: '15:00',
      startsAt: '2026-03-11T06:00:00.000Z',
      minutes: 480,
      staffId: null,
      openReason: 'behov',
      source: 'manuel',
      requiredCompetenceIds: [medicin],
      version: 1,
    });
    const thursday = await t.callOk('roster.createShift', { shiftTypeId: typeId, date: '2026-03-12', start: '08:00', end: '12:00' }, planner);
    expect(thursday).toMatchObject({ start: '08:00', end: '12:00', minutes: 240, requiredCompetenceIds: [] });
    expect(auditRows(t.backend, 'roster.createShift').at(-1)?.detail).toBe('Dagvagt 12-03 08:00-12:00 (ledig)');
  });

  it('only a night shift may end after midnight; a sleeping night is marked and counts its real hours', async () => {
    const dayType = addShiftType(t, t.residences.own, { kind: 'dag' });
    const nightType = addShiftType(t, t.residences.own, { kind: 'nat', nightMode: 'sovende' });
    const error = expectCode(await t.call('roster.createShift', { shiftTypeId: dayType, date: '2026-03-11', start: '15:00', end: '07:00' }, planner), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['end']);
    expect(error.message).toBe('Slut skal ligge efter start; kun en nattevagt kan gå over midnat');
    const night = await t.callOk('roster.createShift', { shiftTypeId: nightType, date: '2026-10-24' }, planner);
    expect(night).toMatchObject({ start: '23:00', end: '07:00', minutes: 540, sleeping: true });
  });

  it('with a staff member it is checked as an assignment: hard rules refuse it, soft ones need a reason', async () => {
    const typeId = addShiftType(t, t.residences.own, { kind: 'dag' });
    const ill = addStaffMember(t);
    addAbsence(t, ill, '2026-03-11');
    const refused = expectCode(await t.call('roster.createShift', { shiftTypeId: typeId, date: '2026-03-11', staffId: ill, overrideReason: 'Haster' }, planner), 'CONFLICT');
    expect(refused.message).toBe('Kan ikke tildeles: Medarbejderen har fravær (Sygdom) 11-03');

    const tired = addStaffMember(t);
    addShift(t, { date: '2026-03-10', kind: 'aften', start: '15:00', end: '23:00', staffId: tired });
    expectCode(await t.call('roster.createShift', { shiftTypeId: typeId, date: '2026-03-11', staffId: tired }, planner), 'CONFLICT');
    const shifts = t.count('shifts');
    const created = await t.callOk('roster.createShift', { shiftTypeId: typeId, date: '2026-03-11', staffId: tired, overrideReason: 'Ingen andre kunne' }, planner);
    expect(created.staffId).toBe(tired);
    expect(t.count('shifts')).toBe(shifts + 1);
    expect(t.count('tilsynsbog')).toBe(1);
  });
});

describe('roster.assign', () => {
  it('assigns when no rule is broken, bumps the version and logs it', async () => {
    const staffId = addStaffMember(t, { name: 'Anna Berg' });
    const shiftId = addShift(t, { date: '2026-03-11' });
    const shift = await t.callOk('roster.assign', { shiftId, staffId, version: 1 }, planner);
    expect(shift).toMatchObject({ staffId, staffName: 'Anna Berg', employment: 'fast', openReason: null, version: 2 });
    expect(auditRows(t.backend, 'roster.assign').at(-1)).toMatchObject({ action: 'update', detail: 'Dagvagt 11-03 07:00-15:00 til Anna Berg' });
    expectCode(await t.call('roster.assign', { shiftId, staffId, version: 1 }, planner), 'CONFLICT');
  });

  it('a soft rule without a reason is refused with the rule and the figures; nothing changes', async () => {
    const { staffId, shiftId } = tooLittleRest();
    const error = expectCode(await assign(shiftId, staffId), 'CONFLICT');
    expect(error.message).toBe('Tildelingen bryder 11-timers-reglen: Kun 10 t 59 min hvile mellem vagten 10-03 15:00-23:00 og denne (kræver 11 t). Angiv en begrundelse for at afvige.');
    expect(version(shiftId)).toBe(1);
    expect(t.count('tilsynsbog')).toBe(0);
  });

  it('with a reason it is assigned and written in the tilsynsbog: rules, message, reason, who, when', async () => {
    const { staffId, shiftId } = tooLittleRest();
    const shift = await (async () => {
      const envelope = await assign(shiftId, staffId, 'Akut sygdom, ingen vikar');
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.result as { staffId: number };
    })();
    expect(shift.staffId).toBe(staffId);
    const book = await t.callOk('roster.tilsynsbog', { from: '2026-03-01', to: '2026-03-31' }, planner);
    expect(book).toEqual([
      {
        id: expect.any(Number),
        shiftId,
        date: '2026-03-11',
        residenceName: expect.any(String),
        staffName: 'Bo Jensen',
        rules: ['hviletid'],
        message: 'Kun 10 t 59 min hvile mellem vagten 10-03 15:00-23:00 og denne (kræver 11 t)',
        reason: 'Akut sygdom, ingen vikar',
        by: displayName(t.users.vagtplanlaegger.id),
        at: '2026-03-02T08:00:00.000Z',
      },
    ]);
    expect(auditRows(t.backend, 'roster.assign').at(-1)?.detail).toBe('Dagvagt 11-03 09:59-18:00 til Bo Jensen; afviger fra 11-timers-reglen: Akut sygdom, ingen vikar');
    expect(await t.callOk('roster.tilsynsbog', { from: '2026-04-01', to: '2026-04-30' }, planner)).toEqual([]);
  });

  it('several soft rules are named together and recorded as a list', async () => {
    const medicin = addCompetence(t, 'Medicin');
    const { staffId } = tooLittleRest();
    const shiftId = addShift(t, { date: '2026-03-11', start: '09:00', end: '17:00', competenceIds: [medicin] });
    const error = expectCode(await assign(shiftId, staffId), 'CONFLICT');
    expect(error.message).toBe(
      'Tildelingen bryder 11-timers-reglen: Kun 10 t hvile mellem vagten 10-03 15:00-23:00 og denne (kræver 11 t); Krævet kompetence: Vagten kræver Medicin, som medarbejderen ikke har. Angiv en begrundelse for at afvige.',
    );
    expect((await assign(shiftId, staffId, 'Aftalt med leder')).ok).toBe(true);
    expect((await t.callOk('roster.tilsynsbog', { from: '2026-03-11', to: '2026-03-11' }, planner))[0]?.rules).toEqual(['hviletid', 'kompetence']);
  });

  it('absence, the employment period and overlap cannot be overridden, not even with a reason', async () => {
    const ill = addStaffMember(t);
    addAbsence(t, ill, '2026-03-09', '2026-03-13');
    const leaving = addStaffMember(t, { activeTo: '2026-03-10' });
    const busy = addStaffMember(t);
    addShift(t, { date: '2026-03-11', start: '12:00', end: '20:00', staffId: busy });
    const shiftId = addShift(t, { date: '2026-03-11' });
    expect(expectCode(await assign(shiftId, ill, 'Haster'), 'CONFLICT').message).toBe('Kan ikke tildeles: Medarbejderen har fravær (Sygdom) 09-03 til 13-03');
    expect(expectCode(await assign(shiftId, leaving, 'Haster'), 'CONFLICT').message).toBe('Kan ikke tildeles: Medarbejderen er kun ansat til 10-03-2026');
    expect(expectCode(await assign(shiftId, busy, 'Haster'), 'CONFLICT').message).toBe('Kan ikke tildeles: Overlapper vagten 11-03 12:00-20:00');
    expect(t.count('tilsynsbog')).toBe(0);
    expect(version(shiftId)).toBe(1);
  });

  it('in an approved period it is allowed, and the log says it was changed after approval', async () => {
    addApproval(t, t.residences.own, '2026-03-09', '2026-03-15');
    const staffId = addStaffMember(t, { name: 'Cecilie Dam' });
    const shiftId = addShift(t, { date: '2026-03-11' });
    expect((await t.callOk('roster.assign', { shiftId, staffId, version: 1 }, planner)).locked).toBe(true);
    expect(auditRows(t.backend, 'roster.assign').at(-1)?.detail).toBe('Dagvagt 11-03 07:00-15:00 til Cecilie Dam (ændret efter godkendelse)');
  });

  it('a department head only in their own residences; a planner everywhere; unknown shift or person NOT_FOUND', async () => {
    const staffId = addStaffMember(t);
    const other = addShift(t, { date: '2026-03-11', residenceId: t.residences.other });
    const own = addShift(t, { date: '2026-03-11' });
    expectCode(await assign(other, staffId, null, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('roster.check', { shiftId: other, staffId }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect((await assign(own, staffId, null, t.tokens.afdelingsleder)).ok).toBe(true);
    const second = addStaffMember(t);
    expect((await assign(other, second, null, planner)).ok).toBe(true);
    expectCode(await t.call('roster.assign', { shiftId: 9999, staffId, version: 1 }, planner), 'NOT_FOUND');
    expectCode(await t.call('roster.assign', { shiftId: own, staffId: 9999, version: version(own) }, planner), 'NOT_FOUND');
    expectCode(await assign(own, staffId, null, t.tokens.medarbejder), 'FORBIDDEN');
  });
});

describe('roster.check, unassign, deleteShift and the tilsynsbog', () => {
  it('check lists the violations without assigning', async () => {
    const { staffId, shiftId } = tooLittleRest();
    expect(await t.callOk('roster.check', { shiftId, staffId }, planner)).toEqual([
      { rule: 'hviletid', message: 'Kun 10 t 59 min hvile mellem vagten 10-03 15:00-23:00 og denne (kræver 11 t)', overridable: true },
    ]);
    expect(version(shiftId)).toBe(1);
  });

  it('unassign makes the shift open (afmeldt); a stale version conflicts', async () => {
    const staffId = addStaffMember(t, { name: 'Dorthe Eg' });
    const shiftId = addShift(t, { date: '2026-03-11', staffId });
    expectCode(await t.call('roster.unassign', { shiftId, version: 7 }, planner), 'CONFLICT');
    const shift = await t.callOk('roster.unassign', { shiftId, version: 1 }, planner);
    expect(shift).toMatchObject({ staffId: null, staffName: null, openReason: 'afmeldt', version: 2 });
    expect(auditRows(t.backend, 'roster.unassign').at(-1)?.detail).toBe('Dagvagt 11-03 07:00-15:00 ledig (afmeldt Dorthe Eg)');
    expect(expectCode(await t.call('roster.unassign', { shiftId, version: 2 }, planner), 'CONFLICT').message).toBe('Vagten er allerede ledig.');
  });

  it('deleteShift removes a shift with its competences; one in the tilsynsbog stays', async () => {
    const medicin = addCompetence(t, 'Medicin');
    const shiftId = addShift(t, { date: '2026-03-11', competenceIds: [medicin] });
    expect(await t.callOk('roster.deleteShift', { shiftId, version: 1 }, planner)).toEqual({});
    expect(t.count('shifts')).toBe(0);
    expect(t.count('shift_competences')).toBe(0);
    const { staffId, shiftId: kept } = tooLittleRest();
    expect((await assign(kept, staffId, 'Aftalt')).ok).toBe(true);
    expect(expectCode(await t.call('roster.deleteShift', { shiftId: kept, version: version(kept) }, planner), 'CONFLICT').message).toMatch(/tilsynsbogen/);
  });

  it('the tilsynsbog of a department head shows only their residences; a residence filter narrows it', async () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-10', kind: 'aften', staffId });
    addShift(t, { date: '2026-03-10', kind: 'aften', staffId: addStaffMember(t), residenceId: t.residences.other });
    const ownShift = addShift(t, { date: '2026-03-11', start: '09:00', end: '17:00' });
    const otherShift = addShift(t, { date: '2026-03-11', start: '09:00', end: '17:00', residenceId: t.residences.other });
    expect((await assign(ownShift, staffId, 'Aftalt')).ok).toBe(true);
    const otherStaff = t.backend.db.prepare<[number], number>('SELECT staff_id FROM shifts WHERE residence_id = ? AND staff_id IS NOT NULL').pluck().get(t.residences.other)!;
    expect((await assign(otherShift, otherStaff, 'Aftalt')).ok).toBe(true);
    const period = { from: '2026-03-01', to: '2026-03-31' };
    expect(await t.callOk('roster.tilsynsbog', period, planner)).toHaveLength(2);
    expect((await t.callOk('roster.tilsynsbog', { ...period, residenceId: t.residences.other }, planner)).map((e) => e.shiftId)).toEqual([otherShift]);
    expect((await t.callOk('roster.tilsynsbog', period, t.tokens.afdelingsleder)).map((e) => e.shiftId)).toEqual([ownShift]);
    expectCode(await t.call('roster.tilsynsbog', { ...period, residenceId: t.residences.other }, t.tokens.afdelingsleder), 'FORBIDDEN');
  });
});
