// Protects the waiting list (venteliste) through dispatch: oldest request first, active entries
// unless asked, days waiting, one active entry per citizen and residence, no archived residences,
// status changes ("indflyttet" only after the move-in), scoping, and an audit row per call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { insertCitizen } from '../../../tests/fixtures/citizens';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const add = (citizenId: number, residenceId: number, requestedDate = '2026-01-01', token = admin) =>
  t.call('waitingList.add', { citizenId, residenceId, requestedDate, desiredMoveIn: null, note: 'Ønsker stueetage' }, token);
const addOk = async (citizenId: number, residenceId: number, requestedDate = '2026-01-01') => {
  const envelope = await add(citizenId, residenceId, requestedDate);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.result as { id: number };
};
const snapshot = () => ({ waiting: t.count('waiting_list'), audit: t.count('audit_log') });
const citizen = (firstName: string) => insertCitizen(t.backend.db, { firstName, lastName: 'Venter', residenceId: null });

describe('list', () => {
  it('oldest request first with days waiting to today; active only unless closed are asked for', async () => {
    const a = citizen('Anna');
    const b = citizen('Bo');
    await addOk(a, t.residences.own, '2026-02-01');
    const closed = await addOk(b, t.residences.own, '2025-12-01');
    await addOk(b, t.residences.other, '2026-03-02');
    await t.callOk('waitingList.setStatus', { id: closed.id, status: 'afvist', statusDate: '2026-01-15', note: 'Ikke målgruppen' }, admin);

    const active = await t.callOk('waitingList.list', {}, admin);
    expect(active.map((entry) => [entry.citizenName, entry.residenceName, entry.requestedDate, entry.daysWaiting, entry.status])).toEqual([
      ['Anna Venter', 'Egebakken', '2026-02-01', 29, 'venter'],
      ['Bo Venter', 'Lærkehøj', '2026-03-02', 0, 'venter'],
    ]);
    expect(active[0]).toMatchObject({ cprMasked: expect.stringMatching(/^\d{6}-xxxx$/), note: 'Ønsker stueetage', statusDate: '2026-02-01', desiredMoveIn: null });
    const all = await t.callOk('waitingList.list', { includeClosed: true }, admin);
    expect(all.map((entry) => [entry.citizenName, entry.status, entry.note])).toEqual([
      ['Bo Venter', 'afvist', 'Ikke målgruppen'],
      ['Anna Venter', 'venter', 'Ønsker stueetage'],
      ['Bo Venter', 'venter', 'Ønsker stueetage'],
    ]);
    expect((await t.callOk('waitingList.list', { residenceId: t.residences.other }, admin)).map((e) => e.citizenName)).toEqual(['Bo Venter']);
    expect((await t.callOk('waitingList.list', { citizenId: b, includeClosed: true }, admin)).map((e) => e.residenceName)).toEqual(['Egebakken', 'Lærkehøj']);
  });

  it('scoped users see only their residences\' entries; another residence is FORBIDDEN', async () => {
    const a = citizen('Anna');
    await addOk(a, t.residences.own);
    await addOk(a, t.residences.other);
    for (const token of [t.tokens.afdelingsleder, t.tokens.medarbejder]) {
      expect((await t.callOk('waitingList.list', {}, token)).map((e) => e.residenceName)).toEqual(['Egebakken']);
      expect((await t.callOk('waitingList.list', { citizenId: a }, token)).map((e) => e.residenceName)).toEqual(['Egebakken']);
      expectCode(await t.call('waitingList.list', { residenceId: t.residences.other }, token), 'FORBIDDEN');
    }
    expectCode(await t.call('waitingList.list', {}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('audits a search without a citizen, and a read with one', async () => {
    const a = citizen('Anna');
    await addOk(a, t.residences.own);
    const mark = t.backend.services.audit.lastId();
    await t.callOk('waitingList.list', { residenceId: t.residences.own }, admin);
    await t.callOk('waitingList.list', { citizenId: a, includeClosed: true }, admin);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.citizen_id, row.subject])).toEqual([
      ['search', null, 'Venteliste: Egebakken'],
      ['read', a, 'Venteliste: alle botilbud, også afsluttede'],
    ]);
  });
});

describe('add', () => {
  it('one active entry per citizen and residence; a closed one does not count', async () => {
    const a = citizen('Anna');
    const first = await addOk(a, t.residences.own);
    const before = snapshot();
    const error = expectCode(await add(a, t.residences.own), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['residenceId']);
    expect(error.message).toBe('Botilbud: borgeren står allerede på ventelisten til Egebakken');
    expect(snapshot()).toEqual(before);
    await t.callOk('waitingList.setStatus', { id: first.id, status: 'trukket', statusDate: '2026-02-01' }, admin);
    expect((await add(a, t.residences.own)).ok).toBe(true);
  });

  it('refuses archived and unknown residences on residenceId, unknown citizens as NOT_FOUND', async () => {
    const a = citizen('Anna');
    await t.callOk('residences.archive', { id: t.residences.other }, admin);
    const before = snapshot();
    expect(expectCode(await add(a, t.residences.other), 'INVALID_INPUT').message).toMatch(/arkiveret/);
    expect(fieldPaths(expectCode(await add(a, 9999), 'INVALID_INPUT'))).toEqual(['residenceId']);
    expectCode(await add(9999, t.residences.own), 'NOT_FOUND');
    expect(snapshot()).toEqual(before);
  });

  it('an afdelingsleder adds own citizens to own residences only', async () => {
    const mine = insertCitizen(t.backend.db, { residenceId: t.residences.own });
    const theirs = insertCitizen(t.backend.db, { residenceId: t.residences.other });
    const leader = t.tokens.afdelingsleder;
    expectCode(await add(mine, t.residences.other, '2026-01-01', leader), 'FORBIDDEN');
    expectCode(await add(theirs, t.residences.own, '2026-01-01', leader), 'FORBIDDEN');
    expectCode(await add(mine, t.residences.own, '2026-01-01', t.tokens.medarbejder), 'FORBIDDEN');
    const entry = await add(mine, t.residences.own, '2026-01-01', leader);
    expect(entry.ok).toBe(true);
    expect(auditRows(t.backend, 'waitingList.add').at(-1)).toMatchObject({ action: 'create', citizen_id: mine, username: 'leder' });
  });
});

describe('setStatus', () => {
  it('moves through the active states and closes; a closed entry stays closed', async () => {
    const a = citizen('Anna');
    const entry = await addOk(a, t.residences.own);
    const offered = await t.callOk('waitingList.setStatus', { id: entry.id, status: 'tilbudt', statusDate: '2026-02-01', note: 'Værelse 4' }, admin);
    expect(offered).toMatchObject({ status: 'tilbudt', statusDate: '2026-02-01', note: 'Værelse 4' });
    const accepted = await t.callOk('waitingList.setStatus', { id: entry.id, status: 'accepteret', statusDate: '2026-02-03' }, admin);
    expect(accepted.note).toBe('Værelse 4');
    await t.callOk('waitingList.setStatus', { id: entry.id, status: 'trukket', statusDate: '2026-02-10' }, admin);
    const before = snapshot();
    const error = expectCode(await t.call('waitingList.setStatus', { id: entry.id, status: 'venter', statusDate: '2026-02-11' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['status']);
    expect(snapshot()).toEqual(before);
    expect(auditRows(t.backend, 'waitingList.setStatus').map((row) => [row.citizen_id, row.detail])).toEqual([
      [a, 'Venteliste til Egebakken: venter → tilbudt'],
      [a, 'Venteliste til Egebakken: tilbudt → accepteret'],
      [a, 'Venteliste til Egebakken: accepteret → trukket'],
    ]);
  });

  it('"indflyttet" needs the move-in registered first, at that residence', async () => {
    const a = citizen('Anna');
    const entry = await addOk(a, t.residences.own, '2026-01-01');
    await t.callOk('citizens.addStay', { citizenId: a, residenceId: t.residences.other, moveIn: '2026-02-01', moveOut: null }, admin);
    const before = snapshot();
    const error = expectCode(await t.call('waitingList.setStatus', { id: entry.id, status: 'indflyttet', statusDate: '2026-02-01' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['status']);
    expect(error.message).toMatch(/registrér først indflytningen/);
    expect(snapshot()).toEqual(before);
    const stays = await t.callOk('citizens.get', { id: a }, admin);
    await t.callOk('citizens.updateStay', { id: stays.stays[0]!.id, residenceId: t.residences.own, moveIn: '2026-02-01', moveOut: null }, admin);
    expect((await t.callOk('waitingList.setStatus', { id: entry.id, status: 'indflyttet', statusDate: '2026-02-01' }, admin)).status).toBe('indflyttet');
  });

  it('the status date cannot precede the request; unknown entries are NOT_FOUND; scoped users keep to their own', async () => {
    const a = insertCitizen(t.backend.db, { residenceId: t.residences.other });
    const entry = await addOk(a, t.residences.other, '2026-02-01');
    expect(fieldPaths(expectCode(await t.call('waitingList.setStatus', { id: entry.id, status: 'tilbudt', statusDate: '2026-01-31' }, admin), 'INVALID_INPUT'))).toEqual(['statusDate']);
    expectCode(await t.call('waitingList.setStatus', { id: 9999, status: 'tilbudt', statusDate: '2026-02-01' }, admin), 'NOT_FOUND');
    expectCode(await t.call('waitingList.setStatus', { id: entry.id, status: 'tilbudt', statusDate: '2026-02-01' }, t.tokens.afdelingsleder), 'FORBIDDEN');
  });
});
