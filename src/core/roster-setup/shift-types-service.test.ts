// Protects shift types through dispatch: only a night shift runs past midnight, 1-16 hours, night
// mode only (and always) for nights, minutes as on an ordinary day, versions, scope and audit.
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

const DAG = { name: 'Dagvagt', kind: 'dag', start: '07:00', end: '15:00', nightMode: null } as const;
const create = (fields: Partial<InputOf<'shiftTypes.create'>> = {}, token = admin) =>
  t.call('shiftTypes.create', { residenceId: t.residences.own, ...DAG, ...fields }, token);
const refusedOn = async (fields: Partial<InputOf<'shiftTypes.create'>>) => {
  const before = t.count('shift_types');
  const error = expectCode(await create(fields), 'INVALID_INPUT');
  expect(t.count('shift_types')).toBe(before);
  return { paths: fieldPaths(error), message: error.message };
};

describe('times', () => {
  it('a night shift 23:00-07:00 ends the next day: 8 hours', async () => {
    const night = await t.callOk('shiftTypes.create', { residenceId: t.residences.own, name: 'Nattevagt', kind: 'nat', start: '23:00', end: '07:00', nightMode: 'sovende' }, admin);
    expect(night).toMatchObject({ kind: 'nat', start: '23:00', end: '07:00', nightMode: 'sovende', minutes: 480, active: true, version: 1 });
  });

  it('a day or evening shift ending at or before its start is refused on end', async () => {
    expect(await refusedOn({ start: '15:00', end: '07:00' })).toEqual({ paths: ['end'], message: 'Slut skal ligge efter start; kun en nattevagt kan gå over midnat' });
    expect((await refusedOn({ kind: 'aften', start: '15:00', end: '00:00' })).paths).toEqual(['end']);
    // The same time is the schema's.
    expect((await refusedOn({ start: '07:00', end: '07:00' })).paths).toEqual(['end']);
  });

  it('lasts 1 to 16 hours', async () => {
    expect(await refusedOn({ start: '06:00', end: '23:00' })).toMatchObject({ paths: ['end'], message: expect.stringMatching(/højst vare 16 timer \(denne varer 17 t 0 min\)/) });
    expect((await refusedOn({ start: '07:00', end: '07:59' })).paths).toEqual(['end']);
    expect((await t.callOk('shiftTypes.create', { residenceId: t.residences.own, ...DAG, start: '07:00', end: '23:00' }, admin)).minutes).toBe(16 * 60);
    expect((await t.callOk('shiftTypes.create', { residenceId: t.residences.own, ...DAG, start: '07:00', end: '08:00' }, admin)).minutes).toBe(60);
    expect((await refusedOn({ kind: 'nat', start: '18:00', end: '11:00', nightMode: 'vaagen' })).paths).toEqual(['end']);
  });

  it('a night shift must be awake or sleeping; other shifts cannot be', async () => {
    expect(await refusedOn({ kind: 'nat', start: '23:00', end: '07:00', nightMode: null })).toEqual({ paths: ['nightMode'], message: 'Nattevagt: vælg vågen eller sovende nat' });
    expect((await refusedOn({ nightMode: 'vaagen' })).paths).toEqual(['nightMode']);
  });

  it('the residence must exist and not be archived', async () => {
    expect(fieldPaths(expectCode(await create({ residenceId: 9999 }), 'INVALID_INPUT'))).toEqual(['residenceId']);
    await t.callOk('residences.archive', { id: t.residences.other }, admin);
    expect(fieldPaths(expectCode(await create({ residenceId: t.residences.other }), 'INVALID_INPUT'))).toEqual(['residenceId']);
  });
});

describe('list and update', () => {
  it('lists by start time; inactive on request; a stale version is CONFLICT', async () => {
    const night = await t.callOk('shiftTypes.create', { residenceId: t.residences.own, name: 'Nat', kind: 'nat', start: '23:00', end: '07:00', nightMode: 'vaagen' }, admin);
    const day = await t.callOk('shiftTypes.create', { residenceId: t.residences.own, ...DAG }, admin);
    await t.callOk('shiftTypes.create', { residenceId: t.residences.other, ...DAG, name: 'Andet sted' }, admin);
    expect((await t.callOk('shiftTypes.list', { residenceId: t.residences.own }, admin)).map((type) => type.name)).toEqual(['Dagvagt', 'Nat']);
    const updated = await t.callOk('shiftTypes.update', { id: day.id, version: 1, active: false, ...DAG, name: 'Tidlig', start: '06:30' }, admin);
    expect(updated).toMatchObject({ name: 'Tidlig', start: '06:30', minutes: 510, active: false, version: 2 });
    expect((await t.callOk('shiftTypes.list', { residenceId: t.residences.own }, admin)).map((type) => type.id)).toEqual([night.id]);
    expect((await t.callOk('shiftTypes.list', { residenceId: t.residences.own, includeInactive: true }, admin)).map((type) => type.id)).toEqual([day.id, night.id]);
    expectCode(await t.call('shiftTypes.update', { id: day.id, version: 1, active: true, ...DAG }, admin), 'CONFLICT');
    expectCode(await t.call('shiftTypes.update', { id: 9999, version: 1, active: true, ...DAG }, admin), 'NOT_FOUND');
    // Update obeys the same time rules.
    expect(fieldPaths(expectCode(await t.call('shiftTypes.update', { id: day.id, version: 2, active: true, ...DAG, end: '06:00' }, admin), 'INVALID_INPUT'))).toEqual(['end']);
  });
});

describe('access and audit', () => {
  it('an afdelingsleder changes only their own residence; a medarbejder reads only', async () => {
    const leader = t.tokens.afdelingsleder;
    const own = await t.callOk('shiftTypes.create', { residenceId: t.residences.own, ...DAG }, leader);
    expectCode(await create({ residenceId: t.residences.other }, leader), 'FORBIDDEN');
    const other = await t.callOk('shiftTypes.create', { residenceId: t.residences.other, ...DAG }, t.tokens.vagtplanlaegger);
    expectCode(await t.call('shiftTypes.update', { id: other.id, version: 1, active: true, ...DAG }, leader), 'FORBIDDEN');
    expectCode(await t.call('shiftTypes.list', { residenceId: t.residences.other }, leader), 'FORBIDDEN');
    expect(await t.callOk('shiftTypes.list', { residenceId: t.residences.own }, t.tokens.medarbejder)).toHaveLength(1);
    expectCode(await create({}, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('shiftTypes.update', { id: own.id, version: 1, active: true, ...DAG }, t.tokens.medarbejder), 'FORBIDDEN');
  });

  it('create and update are audited with the residence and the times', async () => {
    const mark = t.backend.services.audit.lastId();
    const day = await t.callOk('shiftTypes.create', { residenceId: t.residences.own, ...DAG }, admin);
    await t.callOk('shiftTypes.update', { id: day.id, version: 1, active: true, ...DAG, end: '15:30' }, admin);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.detail])).toEqual([
      ['create', 'shiftTypes.create', 'Egebakken: Dagvagt', '07:00-15:00'],
      ['update', 'shiftTypes.update', 'Egebakken: Dagvagt', '07:00-15:30'],
    ]);
  });
});
