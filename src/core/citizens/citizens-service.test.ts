// Protects the citizen record through dispatch: CPR numbers (valid dates, the century digit,
// unique, always masked, revealed only with CPR access and logged), contact persons, optimistic
// versions, who may see and create whom, an audit row per use, and nothing half-saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const CITIZEN = { firstName: 'Åse', lastName: 'Ørum', cpr: '150372-1236' } satisfies InputOf<'citizens.create'>;
const create = (extra: Partial<InputOf<'citizens.create'>> = {}, token = admin) => t.callOk('citizens.create', { ...CITIZEN, ...extra }, token);
const snapshot = () => ({ citizens: t.count('citizens'), stays: t.count('citizen_stays'), waiting: t.count('waiting_list'), audit: t.count('audit_log') });
const staff = (name: string, active = true) =>
  t.callOk('staff.create', { name, title: 'Pædagog', employment: 'fast', homeResidenceId: t.residences.own, active }, admin);

describe('CPR numbers', () => {
  it('stores 10 digits, derives the birth date and shows only the masked form', async () => {
    const created = await create();
    expect(created).toMatchObject({ name: 'Åse Ørum', cprMasked: '150372-xxxx', birthDate: '1972-03-15', status: 'none', stays: [], currentStay: null, version: 1 });
    expect(JSON.stringify(created)).not.toContain('1236');
    expect(t.backend.db.prepare('SELECT cpr FROM citizens WHERE id = ?').pluck().get(created.id)).toBe('1503721236');
  });

  it.each([
    ['0101361234', '1936-01-01'], // 7th digit 1: always 1900s
    ['0101364234', '2036-01-01'], // 4 with 00-36: 2000s
    ['0101374234', '1937-01-01'], // 4 with 37-99: 1900s
    ['0101369234', '2036-01-01'], // 9 like 4
    ['0101379234', '1937-01-01'],
    ['0101575234', '2057-01-01'], // 5-8 with 00-57: 2000s
    ['0101585234', '1858-01-01'], // 5-8 with 58-99: 1800s
    ['0101578234', '2057-01-01'],
    ['0101588234', '1858-01-01'],
  ])('reads the century from the 7th digit: %s is born %s', async (cpr, birthDate) => {
    expect((await create({ cpr })).birthDate).toBe(birthDate);
  });

  it.each(['310299-1234', '290223-4234', '300201-1234', '011380-1234', '000180-1234'])('refuses %s, a date that does not exist, on cpr', async (cpr) => {
    const before = snapshot();
    const error = expectCode(await t.call('citizens.create', { ...CITIZEN, cpr }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['cpr']);
    expect(error.message).toMatch(/fødselsdatoen findes ikke/);
    expect(snapshot()).toEqual(before);
  });

  it('accepts 29 February in a leap year, and numbers that fail modulus 11', async () => {
    expect((await create({ cpr: '290224-4231' })).birthDate).toBe('2024-02-29');
    // 010101-0001 fails modulus 11; since 2007 such numbers are issued.
    expect((await create({ cpr: '0101010001' })).birthDate).toBe('1901-01-01');
  });

  it('refuses a CPR number that another citizen has, with or without the dash', async () => {
    await create();
    const before = snapshot();
    const error = expectCode(await t.call('citizens.create', { ...CITIZEN, firstName: 'Anden', cpr: '1503721236' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['cpr']);
    expect(error.message).toBe('CPR-nummer: der findes allerede en borger med dette CPR-nummer');
    expect(snapshot()).toEqual(before);
  });

  it('reveals the whole number only to a role with CPR access, and logs it', async () => {
    const created = await create({ stay: { residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: null } });
    expect(await t.callOk('citizens.revealCpr', { id: created.id }, t.tokens.afdelingsleder)).toEqual({ cpr: '150372-1236' });
    expect(auditRows(t.backend, 'citizens.revealCpr')).toEqual([
      expect.objectContaining({ action: 'read', citizen_id: created.id, username: 'leder', detail: 'CPR vist' }),
    ]);
    expectCode(await t.call('citizens.revealCpr', { id: created.id }, t.tokens.medarbejder), 'FORBIDDEN');
    expect(auditRows(t.backend, 'citizens.revealCpr')).toHaveLength(1);
  });
});

describe('create and get', () => {
  it('creates with the first stay and a waiting-list place in one go, and reads it back', async () => {
    const created = await create({
      communicationNeeds: 'Tegn til tale',
      guardianName: 'Bent Ørum',
      guardianPhone: '20 30 40 50',
      stay: { residenceId: t.residences.own, room: 'Værelse 3', moveIn: '2026-02-01', moveOut: null },
      waitingList: { residenceId: t.residences.other, requestedDate: '2026-02-15' },
    });
    expect(created).toMatchObject({
      status: 'current',
      communicationNeeds: 'Tegn til tale',
      guardianName: 'Bent Ørum',
      currentStay: { residenceId: t.residences.own, residenceName: 'Egebakken', room: 'Værelse 3', moveIn: '2026-02-01', moveOut: null, current: true },
    });
    expect(await t.callOk('waitingList.list', { citizenId: created.id }, admin)).toEqual([
      expect.objectContaining({ residenceName: 'Lærkehøj', requestedDate: '2026-02-15', status: 'venter' }),
    ]);
    expect(await t.callOk('citizens.get', { id: created.id }, admin)).toEqual(created);
  });

  it('lists stays newest first and names the current one', async () => {
    const created = await create({ stay: { residenceId: t.residences.other, moveIn: '2020-01-01', moveOut: '2024-12-31' } });
    await t.callOk('citizens.addStay', { citizenId: created.id, residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: null }, admin);
    const citizen = await t.callOk('citizens.get', { id: created.id }, admin);
    expect(citizen.stays.map((stay) => [stay.residenceName, stay.moveIn, stay.current])).toEqual([
      ['Egebakken', '2025-01-01', true],
      ['Lærkehøj', '2020-01-01', false],
    ]);
    expect(citizen.currentStay?.residenceName).toBe('Egebakken');
  });

  it('names the contact persons; refuses unknown, inactive or twice the same', async () => {
    const bo = await staff('Bo Bøgh');
    const eva = await staff('Eva Ågård');
    const gone = await staff('Gitte Gået', false);
    const created = await create({ contactStaffId: bo.id, secondContactStaffId: eva.id });
    expect(created).toMatchObject({ contactStaffName: 'Bo Bøgh', secondContactStaffName: 'Eva Ågård' });

    const before = snapshot();
    const refused = async (extra: Partial<InputOf<'citizens.create'>>) => fieldPaths(expectCode(await t.call('citizens.create', { ...CITIZEN, cpr: '0101901234', ...extra }, admin), 'INVALID_INPUT'));
    expect(await refused({ contactStaffId: 9999 })).toEqual(['contactStaffId']);
    expect(await refused({ contactStaffId: gone.id })).toEqual(['contactStaffId']);
    expect(await refused({ secondContactStaffId: gone.id })).toEqual(['secondContactStaffId']);
    expect(await refused({ contactStaffId: bo.id, secondContactStaffId: bo.id })).toEqual(['secondContactStaffId']);
    expect(snapshot()).toEqual(before);
  });

  it('an unknown citizen is NOT_FOUND', async () => {
    expectCode(await t.call('citizens.get', { id: 9999 }, admin), 'NOT_FOUND');
  });

  it('a failing first stay saves neither the citizen nor the waiting-list place', async () => {
    const archived = await t.callOk('residences.archive', { id: t.residences.other }, admin);
    const before = snapshot();
    const error = expectCode(
      await t.call('citizens.create', { ...CITIZEN, stay: { residenceId: t.residences.own, moveIn: '2026-01-01', moveOut: null }, waitingList: { residenceId: archived.id, requestedDate: '2026-01-01' } }, admin),
      'INVALID_INPUT',
    );
    expect(fieldPaths(error)).toEqual(['waitingList.residenceId']);
    expect(error.message).toMatch(/arkiveret/);
    expect(snapshot()).toEqual(before);
  });
});

describe('update', () => {
  it('bumps the version; a stale version is CONFLICT and changes nothing', async () => {
    const created = await create();
    t.clock.advance(60_000);
    const updated = await t.callOk('citizens.update', { ...CITIZEN, id: created.id, version: 1, firstName: 'Aase', cpr: '150372-1237' }, admin);
    expect(updated).toMatchObject({ name: 'Aase Ørum', version: 2, cprMasked: '150372-xxxx', updatedAt: t.clock.now().toISOString(), createdAt: created.createdAt });
    const before = snapshot();
    expect(expectCode(await t.call('citizens.update', { ...CITIZEN, id: created.id, version: 1, firstName: 'Gammel' }, admin), 'CONFLICT').message).toMatch(/ændret af en anden/);
    expect(snapshot()).toEqual(before);
    expect(auditRows(t.backend, 'citizens.update').map((row) => [row.citizen_id, row.detail])).toEqual([[created.id, 'CPR-nummer ændret']]);
  });

  it('may change the CPR number (and so the birth date), but not to another citizen\'s', async () => {
    const first = await create();
    const second = await create({ firstName: 'Bo', cpr: '0202021234' });
    const moved = await t.callOk('citizens.update', { ...CITIZEN, id: first.id, version: 1, cpr: '0101584234' }, admin);
    expect(moved.birthDate).toBe('1958-01-01');
    const error = expectCode(await t.call('citizens.update', { ...CITIZEN, id: second.id, version: 1, cpr: '010158-4234' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['cpr']);
  });

  it('keeps the CPR number when it is left out or empty, so editing a name needs no CPR reveal', async () => {
    const created = await create();
    const { cpr: _omitted, ...withoutCpr } = CITIZEN;
    const renamed = await t.callOk('citizens.update', { ...withoutCpr, id: created.id, version: 1, firstName: 'Aase' }, admin);
    const emptied = await t.callOk('citizens.update', { ...withoutCpr, cpr: '', id: created.id, version: 2, firstName: 'Aase', lastName: 'Aagaard' }, admin);
    expect([renamed.cprMasked, emptied.cprMasked, emptied.birthDate]).toEqual([created.cprMasked, created.cprMasked, created.birthDate]);
    expect(emptied.name).toBe('Aase Aagaard');
    expect(auditRows(t.backend, 'citizens.update').map((row) => row.detail)).toEqual([null, null]);
    expect(auditRows(t.backend, 'citizens.revealCpr')).toEqual([]);
  });

  it('keeps a contact person who has since stopped, but will not choose one', async () => {
    const bo = await staff('Bo Bøgh');
    const created = await create({ contactStaffId: bo.id });
    await t.callOk('staff.update', { name: 'Bo Bøgh', title: 'Pædagog', employment: 'fast', homeResidenceId: t.residences.own, active: false, id: bo.id, version: bo.version }, admin);
    const kept = await t.callOk('citizens.update', { ...CITIZEN, id: created.id, version: 1, contactStaffId: bo.id, lastName: 'Holm' }, admin);
    expect(kept.contactStaffName).toBe('Bo Bøgh');
    const error = expectCode(await t.call('citizens.update', { ...CITIZEN, id: created.id, version: 2, contactStaffId: null, secondContactStaffId: bo.id }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['secondContactStaffId']);
  });
});

describe('who may see and create whom', () => {
  it('an afdelingsleder sees citizens of own residences and is FORBIDDEN on others', async () => {
    const own = await create({ stay: { residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: null } });
    const other = await create({ cpr: '0101901234', stay: { residenceId: t.residences.other, moveIn: '2025-01-01', moveOut: null } });
    const leader = t.tokens.afdelingsleder;
    expect((await t.callOk('citizens.get', { id: own.id }, leader)).name).toBe('Åse Ørum');
    const before = snapshot();
    expectCode(await t.call('citizens.get', { id: other.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('citizens.revealCpr', { id: other.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('citizens.update', { ...CITIZEN, cpr: '0101901234', id: other.id, version: 1, firstName: 'Overtaget' }, leader), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
  });

  it('a citizen waiting for the own residence is visible; one who has moved on from it is not', async () => {
    const waiting = await create({ waitingList: { residenceId: t.residences.own, requestedDate: '2026-01-10' } });
    const movedOn = await create({ cpr: '0101901234', stay: { residenceId: t.residences.own, moveIn: '2020-01-01', moveOut: '2023-12-31' } });
    await t.callOk('citizens.addStay', { citizenId: movedOn.id, residenceId: t.residences.other, moveIn: '2024-01-01', moveOut: null }, admin);
    expect((await t.callOk('citizens.get', { id: waiting.id }, t.tokens.medarbejder)).status).toBe('waiting');
    expectCode(await t.call('citizens.get', { id: movedOn.id }, t.tokens.medarbejder), 'FORBIDDEN');
  });

  it('an afdelingsleder must create a citizen with a stay or waiting-list place in an own residence', async () => {
    const leader = t.tokens.afdelingsleder;
    const before = snapshot();
    expect(fieldPaths(expectCode(await t.call('citizens.create', CITIZEN, leader), 'INVALID_INPUT'))).toEqual(['stay.residenceId']);
    expectCode(await t.call('citizens.create', { ...CITIZEN, stay: { residenceId: t.residences.other, moveIn: '2026-01-01', moveOut: null } }, leader), 'FORBIDDEN');
    expectCode(await t.call('citizens.create', { ...CITIZEN, waitingList: { residenceId: t.residences.other, requestedDate: '2026-01-01' } }, leader), 'FORBIDDEN');
    expectCode(
      await t.call('citizens.create', { ...CITIZEN, stay: { residenceId: t.residences.own, moveIn: '2026-01-01', moveOut: null }, waitingList: { residenceId: t.residences.other, requestedDate: '2026-01-01' } }, leader),
      'FORBIDDEN',
    );
    expect(snapshot()).toEqual(before);
    const created = await create({ waitingList: { residenceId: t.residences.own, requestedDate: '2026-01-01' } }, leader);
    expect(created.status).toBe('waiting');
    // An administrator may create a citizen with no residence at all.
    expect((await create({ cpr: '0101901234' })).status).toBe('none');
  });

  it('a medarbejder reads but cannot write; a vagtplanlaegger has no access to citizens at all', async () => {
    const own = await create({ stay: { residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: null } });
    expect((await t.callOk('citizens.get', { id: own.id }, t.tokens.medarbejder)).id).toBe(own.id);
    expectCode(await t.call('citizens.update', { ...CITIZEN, id: own.id, version: 1 }, t.tokens.medarbejder), 'FORBIDDEN');
    const planner = t.tokens.vagtplanlaegger;
    for (const [method, input] of [
      ['citizens.list', {}],
      ['citizens.get', { id: own.id }],
      ['citizens.revealCpr', { id: own.id }],
      ['citizens.create', CITIZEN],
      ['citizens.addStay', { citizenId: own.id, residenceId: t.residences.own, moveIn: '2026-01-01', moveOut: null }],
    ] as const) {
      expectCode(await t.call(method, input, planner), 'FORBIDDEN');
    }
  });
});

describe('audit', () => {
  it('get, create and update each leave one row naming the citizen and the user', async () => {
    const mark = t.backend.services.audit.lastId();
    const created = await create({ stay: { residenceId: t.residences.own, room: '2', moveIn: '2026-02-01', moveOut: null } });
    await t.callOk('citizens.get', { id: created.id }, t.tokens.medarbejder);
    await t.callOk('citizens.update', { ...CITIZEN, id: created.id, version: 1, lastName: 'Holm' }, admin);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.citizen_id, row.username, row.subject, row.detail])).toEqual([
      ['create', 'citizens.create', created.id, 'admin', 'Åse Ørum', 'Ophold på Egebakken fra 01-02-2026'],
      ['read', 'citizens.get', created.id, 'medarbejder', 'Åse Ørum', null],
      ['update', 'citizens.update', created.id, 'admin', 'Åse Holm', null],
    ]);
  });

  it('a refused call leaves no audit row', async () => {
    const other = await create({ stay: { residenceId: t.residences.other, moveIn: '2025-01-01', moveOut: null } });
    const before = t.count('audit_log');
    expectCode(await t.call('citizens.get', { id: other.id }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect(t.count('audit_log')).toBe(before);
  });
});
