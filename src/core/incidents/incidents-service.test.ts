// Protects incidents through dispatch: kinds with their types, dates never in the future, the
// reporting (indberetning) date between the incident and today and given once, newest first,
// who may register (notes.write, the medarbejder too) and see, and the audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';

// The fixture's today is Monday 2026-03-02.
const TODAY = '2026-03-02';
const TOMORROW = '2026-03-03';

let t: TestBackend;
let admin: string;
let citizenId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own');
});
afterEach(() => t.close());

const incidentInput = (fields: Partial<InputOf<'incidents.create'>> = {}): InputOf<'incidents.create'> => ({
  citizenId,
  kind: 'magtanvendelse',
  type: 'fastholdelse',
  date: '2026-02-20',
  time: '14:30',
  description: 'Kortvarig fastholdelse for at undgå skade på medbeboer',
  reported: false,
  reportedDate: null,
  ...fields,
});
const create = (fields: Partial<InputOf<'incidents.create'>> = {}, token = admin) => t.call('incidents.create', incidentInput(fields), token);
const createOk = (fields: Partial<InputOf<'incidents.create'>> = {}) => t.callOk('incidents.create', incidentInput(fields), admin);
const refusedOn = async (envelope: ReturnType<typeof create>, field: string) => {
  const error = expectCode(await envelope, 'INVALID_INPUT');
  expect(fieldPaths(error)).toEqual([field]);
  return error.message;
};

describe('create and list', () => {
  it('registers a magtanvendelse with its type, time and who recorded it', async () => {
    const created = await createOk();
    expect(created).toEqual({
      id: created.id,
      citizenId,
      kind: 'magtanvendelse',
      type: 'fastholdelse',
      date: '2026-02-20',
      time: '14:30',
      description: 'Kortvarig fastholdelse for at undgå skade på medbeboer',
      reported: false,
      reportedDate: null,
      recordedBy: 'Ada Administrator',
      createdAt: t.clock.now().toISOString(),
    });
    expect(auditRows(t.backend, 'incidents.create')).toMatchObject([
      { action: 'create', citizen_id: citizenId, subject: 'Magtanvendelse: Fastholdelse', detail: '20-02-2026' },
    ]);
  });

  it('a hospital stay has no type; an utilsigtet hændelse needs one of its own types', async () => {
    expect((await createOk({ kind: 'indlaeggelse', type: null, time: null })).type).toBeNull();
    expect((await createOk({ kind: 'utilsigtet-haendelse', type: 'medicin', reported: true, reportedDate: TODAY })).reported).toBe(true);
    await refusedOn(create({ kind: 'indlaeggelse', type: 'fald' }), 'type');
    await refusedOn(create({ kind: 'utilsigtet-haendelse', type: 'fastholdelse' }), 'type');
    await refusedOn(create({ kind: 'magtanvendelse', type: null }), 'type');
    await refusedOn(create({ kind: 'brand' as never }), 'kind');
    await refusedOn(create({ time: '25:00' }), 'time');
  });

  it('today is accepted; tomorrow is refused on date', async () => {
    expect((await createOk({ date: TODAY })).date).toBe(TODAY);
    expect(await refusedOn(create({ date: TOMORROW }), 'date')).toMatch(/^Dato kan ikke ligge i fremtiden/);
    expect(t.count('incidents')).toBe(1);
  });

  it('a reported incident needs its reporting date: on the incident\'s date or later, not after today', async () => {
    expect((await createOk({ reported: true, reportedDate: '2026-02-20' })).reportedDate).toBe('2026-02-20');
    expect((await createOk({ reported: true, reportedDate: TODAY })).reportedDate).toBe(TODAY);
    await refusedOn(create({ reported: true, reportedDate: null }), 'reportedDate');
    await refusedOn(create({ reported: true, reportedDate: '2026-02-19' }), 'reportedDate');
    expect(await refusedOn(create({ date: TODAY, reported: true, reportedDate: TOMORROW }), 'reportedDate')).toBe('Indberettet dato kan ikke ligge i fremtiden');
    expect(await refusedOn(create({ reported: false, reportedDate: '2026-02-21' }), 'reportedDate')).toMatch(/kun udfyldes, når hændelsen er indberettet/);
    expect(t.count('incidents')).toBe(2);
  });

  it('lists the citizen\'s incidents newest first (a known time before none on the same day), logged as a read', async () => {
    await createOk({ date: '2026-01-05', time: null });
    await createOk({ date: '2026-02-20', time: null });
    await createOk({ date: '2026-02-20', time: '08:15' });
    await createOk({ date: '2026-02-20', time: '21:00' });
    await t.callOk('incidents.create', incidentInput({ citizenId: citizenIn(t, 'own') }), admin);
    const list = await t.callOk('incidents.list', { citizenId }, admin);
    expect(list.map((incident) => [incident.date, incident.time])).toEqual([
      ['2026-02-20', '21:00'],
      ['2026-02-20', '08:15'],
      ['2026-02-20', null],
      ['2026-01-05', null],
    ]);
    expect(auditRows(t.backend, 'incidents.list')).toMatchObject([{ action: 'read', citizen_id: citizenId, detail: '4 hændelser' }]);
  });
});

describe('markReported', () => {
  it('marks an incident reported on a date; a second time is a CONFLICT naming the date', async () => {
    const { id } = await createOk();
    const reported = await t.callOk('incidents.markReported', { id, reportedDate: '2026-02-21' }, admin);
    expect(reported).toMatchObject({ id, reported: true, reportedDate: '2026-02-21' });
    expect(auditRows(t.backend, 'incidents.markReported')).toMatchObject([{ action: 'update', citizen_id: citizenId, detail: 'Indberettet 21-02-2026' }]);
    const error = expectCode(await t.call('incidents.markReported', { id, reportedDate: TODAY }, admin), 'CONFLICT');
    expect(error.message).toBe('Hændelsen er allerede indberettet pr. 21-02-2026.');
    expect((await t.callOk('incidents.list', { citizenId }, admin))[0]!.reportedDate).toBe('2026-02-21');
  });

  it('the reporting date lies between the incident (accepted) and today (accepted)', async () => {
    const first = await createOk();
    const second = await createOk();
    const error = expectCode(await t.call('incidents.markReported', { id: first.id, reportedDate: '2026-02-19' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['reportedDate']);
    expect(error.message).toBe('Indberettet dato kan ikke ligge før hændelsens dato (20-02-2026)');
    expect(fieldPaths(expectCode(await t.call('incidents.markReported', { id: first.id, reportedDate: TOMORROW }, admin), 'INVALID_INPUT'))).toEqual(['reportedDate']);
    expect((await t.callOk('incidents.markReported', { id: first.id, reportedDate: '2026-02-20' }, admin)).reported).toBe(true);
    expect((await t.callOk('incidents.markReported', { id: second.id, reportedDate: TODAY }, admin)).reportedDate).toBe(TODAY);
  });

  it('an unknown incident is NOT_FOUND', async () => {
    expectCode(await t.call('incidents.markReported', { id: 9999, reportedDate: TODAY }, admin), 'NOT_FOUND');
  });
});

describe('access', () => {
  it('the medarbejder registers, lists and reports at their residence; FORBIDDEN at another', async () => {
    const staff = t.tokens.medarbejder;
    const { id } = (await t.callOk('incidents.create', incidentInput(), staff));
    expect(await t.callOk('incidents.list', { citizenId }, staff)).toHaveLength(1);
    expect((await t.callOk('incidents.markReported', { id, reportedDate: TODAY }, staff)).reported).toBe(true);
    const stranger = citizenIn(t, 'other');
    const theirs = await t.callOk('incidents.create', incidentInput({ citizenId: stranger }), admin);
    expectCode(await create({ citizenId: stranger }, staff), 'FORBIDDEN');
    expectCode(await t.call('incidents.list', { citizenId: stranger }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('incidents.markReported', { id: theirs.id, reportedDate: TODAY }, staff), 'FORBIDDEN');
  });

  it('the vagtplanlægger can neither register nor read', async () => {
    expectCode(await create({}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await t.call('incidents.list', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });
});
