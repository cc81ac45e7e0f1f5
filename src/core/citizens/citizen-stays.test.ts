// Protects stays (ophold) through dispatch: a citizen's stays never overlap (days inclusive), a
// residence never houses more citizens than its places on any day, archived residences take no
// one, scoped users touch only their own residences, every change is audited, nothing half-saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, RESIDENCE_INPUT, type TestBackend } from '../../../tests/fixtures/backend';

let t: TestBackend;
let admin: string;
let small: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  small = (await t.callOk('residences.create', { ...RESIDENCE_INPUT, name: 'Solsikken', places: 2 }, admin)).id;
});
afterEach(() => t.close());

let serial = 0;
/** A citizen (unique CPR), optionally with a first stay. */
async function citizen(stay?: { residenceId: number; moveIn: string; moveOut?: string | null }) {
  serial += 1;
  const cpr = `0101${String(50 + serial).padStart(2, '0')}1234`;
  return t.callOk('citizens.create', { firstName: 'Borger', lastName: `Nr ${serial}`, cpr, stay: stay ? { moveOut: null, ...stay } : null }, admin);
}
const addStay = (citizenId: number, residenceId: number, moveIn: string, moveOut: string | null = null, token = admin) =>
  t.call('citizens.addStay', { citizenId, residenceId, moveIn, moveOut }, token);
const snapshot = () => ({ citizens: t.count('citizens'), stays: t.count('citizen_stays'), audit: t.count('audit_log') });
const refused = (envelope: Awaited<ReturnType<typeof addStay>>) => {
  const error = expectCode(envelope, 'INVALID_INPUT');
  return { paths: fieldPaths(error), message: error.message };
};

describe('a citizen\'s stays never overlap', () => {
  it('a stay may begin the day after the last one ended, not the same day', async () => {
    const c = await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2025-12-31' });
    const before = snapshot();
    expect(refused(await addStay(c.id, t.residences.other, '2025-12-31'))).toEqual({
      paths: ['moveIn'],
      message: 'Indflytningsdato: opholdet overlapper borgerens ophold på Egebakken 01-01-2025 – 31-12-2025',
    });
    expect(snapshot()).toEqual(before);
    expect((await addStay(c.id, t.residences.other, '2026-01-01')).ok).toBe(true);
  });

  it('an open stay covers every later day; a stay ending the day before it is fine', async () => {
    const c = await citizen({ residenceId: t.residences.own, moveIn: '2025-06-01' });
    expect(refused(await addStay(c.id, t.residences.other, '2030-01-01', '2030-12-31')).message).toBe(
      'Indflytningsdato: opholdet overlapper borgerens ophold på Egebakken fra 01-06-2025 (uden udflytningsdato)',
    );
    expect(refused(await addStay(c.id, t.residences.other, '2025-01-01', '2025-06-01')).paths).toEqual(['moveIn']);
    expect((await addStay(c.id, t.residences.other, '2025-01-01', '2025-05-31')).ok).toBe(true);
  });

  it('changing a stay is checked against the others, not against itself', async () => {
    const c = await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2025-06-30' });
    const later = await t.callOk('citizens.addStay', { citizenId: c.id, residenceId: t.residences.other, moveIn: '2025-07-01', moveOut: null }, admin);
    const first = later.stays.find((stay) => stay.moveIn === '2025-01-01')!;
    expect((await t.call('citizens.updateStay', { id: first.id, residenceId: t.residences.own, room: 'A', moveIn: '2024-12-01', moveOut: '2025-06-30' }, admin)).ok).toBe(true);
    const error = expectCode(await t.call('citizens.updateStay', { id: first.id, residenceId: t.residences.own, moveIn: '2024-12-01', moveOut: '2025-07-01' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['moveIn']);
  });

  it('move-out before move-in is refused by the contract', async () => {
    const c = await citizen();
    expect(fieldPaths(expectCode(await addStay(c.id, t.residences.own, '2026-01-10', '2026-01-09'), 'INVALID_INPUT'))).toEqual(['moveOut']);
  });
});

describe('capacity', () => {
  it('exactly full is fine; one more is refused, naming the first full day', async () => {
    await citizen({ residenceId: small, moveIn: '2026-01-01' });
    await citizen({ residenceId: small, moveIn: '2026-03-01' });
    const c = await citizen();
    const before = snapshot();
    expect(refused(await addStay(c.id, small, '2026-02-01'))).toEqual({
      paths: ['residenceId'],
      message: 'Botilbud: Solsikken er fuldt belagt: alle 2 pladser er optaget 01-03-2026',
    });
    expect(refused(await addStay(c.id, small, '2026-02-01', '2026-03-01')).paths).toEqual(['residenceId']);
    expect(snapshot()).toEqual(before);
    // Ending the day before the second resident moves in fits.
    expect((await addStay(c.id, small, '2026-02-01', '2026-02-28')).ok).toBe(true);
  });

  it('a place freed the day before counts as free; the same day it does not', async () => {
    await citizen({ residenceId: small, moveIn: '2025-01-01' });
    await citizen({ residenceId: small, moveIn: '2025-01-01', moveOut: '2026-02-28' });
    const c = await citizen();
    expect(refused(await addStay(c.id, small, '2026-02-28')).message).toMatch(/optaget 28-02-2026$/);
    expect((await addStay(c.id, small, '2026-03-01')).ok).toBe(true);
  });

  it('creating a citizen into a full residence is refused and saves nothing', async () => {
    await citizen({ residenceId: small, moveIn: '2026-01-01' });
    await citizen({ residenceId: small, moveIn: '2026-01-01' });
    const before = snapshot();
    const error = expectCode(await t.call('citizens.create', { firstName: 'Ny', lastName: 'Borger', cpr: '0101991234', stay: { residenceId: small, moveIn: '2026-03-02', moveOut: null } }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['stay.residenceId']);
    expect(error.message).toMatch(/fuldt belagt/);
    expect(snapshot()).toEqual(before);
  });

  it('extending a stay checks only the new days; a residence that lost places can still register move-outs', async () => {
    const a = await citizen({ residenceId: small, moveIn: '2025-01-01' });
    await citizen({ residenceId: small, moveIn: '2025-01-01' });
    const own = await t.callOk('residences.get', { id: small }, admin);
    await t.callOk('residences.update', { ...RESIDENCE_INPUT, name: 'Solsikken', id: small, version: own.version, places: 1 }, admin);
    const stay = a.stays[0]!;
    const moved = await t.callOk('citizens.updateStay', { id: stay.id, residenceId: small, room: null, moveIn: '2025-01-01', moveOut: '2026-03-31' }, admin);
    expect(moved.currentStay?.moveOut).toBe('2026-03-31');
    // Staying a month longer adds days on which the residence is (now) over capacity.
    const error = expectCode(await t.call('citizens.updateStay', { id: stay.id, residenceId: small, moveIn: '2025-01-01', moveOut: '2026-04-30' }, admin), 'INVALID_INPUT');
    expect(error.message).toBe('Botilbud: Solsikken er fuldt belagt: den eneste plads er optaget 01-04-2026');
    // Moving in earlier, when nobody else lived there, is fine.
    expect((await t.call('citizens.updateStay', { id: stay.id, residenceId: small, moveIn: '2024-12-01', moveOut: '2026-03-31' }, admin)).ok).toBe(true);
  });

  it('moving a stay to another residence checks that residence', async () => {
    await citizen({ residenceId: small, moveIn: '2026-01-01' });
    await citizen({ residenceId: small, moveIn: '2026-01-01' });
    const c = await citizen({ residenceId: t.residences.own, moveIn: '2026-01-01' });
    const error = expectCode(await t.call('citizens.updateStay', { id: c.stays[0]!.id, residenceId: small, moveIn: '2026-01-01', moveOut: null }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['residenceId']);
  });
});

describe('archived and unknown residences', () => {
  it('no new stay in an archived residence, but a stay there can still end', async () => {
    const c = await citizen({ residenceId: t.residences.other, moveIn: '2025-01-01' });
    const d = await citizen();
    await t.callOk('residences.archive', { id: t.residences.other }, admin);
    expect(refused(await addStay(d.id, t.residences.other, '2026-01-01'))).toEqual({ paths: ['residenceId'], message: 'Botilbud: Lærkehøj er arkiveret og tager ikke imod borgere' });
    const ended = await t.callOk('citizens.updateStay', { id: c.stays[0]!.id, residenceId: t.residences.other, moveIn: '2025-01-01', moveOut: '2026-02-28' }, admin);
    expect(ended.status).toBe('moved_out');
    expect(refused(await addStay(d.id, 9999, '2026-01-01')).paths).toEqual(['residenceId']);
  });
});

describe('who may change stays', () => {
  it('an afdelingsleder changes stays of own citizens in own residences only', async () => {
    const leader = t.tokens.afdelingsleder;
    const mine = await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2025-12-31' });
    const theirs = await citizen({ residenceId: t.residences.other, moveIn: '2025-01-01' });
    const before = snapshot();
    expectCode(await addStay(mine.id, t.residences.other, '2026-01-01', null, leader), 'FORBIDDEN');
    expectCode(await addStay(theirs.id, t.residences.own, '2030-01-01', null, leader), 'FORBIDDEN');
    expectCode(await t.call('citizens.deleteStay', { id: theirs.stays[0]!.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('citizens.updateStay', { id: theirs.stays[0]!.id, residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: null }, leader), 'FORBIDDEN');
    expectCode(await addStay(mine.id, t.residences.own, '2026-01-01', null, t.tokens.medarbejder), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
    expect((await addStay(mine.id, t.residences.own, '2026-01-01', null, leader)).ok).toBe(true);
  });

  it('unknown stays and citizens are NOT_FOUND', async () => {
    expectCode(await t.call('citizens.deleteStay', { id: 9999 }, admin), 'NOT_FOUND');
    expectCode(await t.call('citizens.updateStay', { id: 9999, residenceId: t.residences.own, moveIn: '2026-01-01', moveOut: null }, admin), 'NOT_FOUND');
    expectCode(await addStay(9999, t.residences.own, '2026-01-01'), 'NOT_FOUND');
  });
});

describe('status', () => {
  const status = async (id: number) => (await t.callOk('citizens.get', { id }, admin)).status;

  it('current, waiting (a stay to come or the waiting list), moved out, none', async () => {
    const today = '2026-03-02';
    expect(await status((await citizen({ residenceId: t.residences.own, moveIn: today })).id)).toBe('current');
    expect(await status((await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: today })).id)).toBe('current');
    expect(await status((await citizen({ residenceId: t.residences.own, moveIn: '2026-03-03' })).id)).toBe('waiting');
    const gone = await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2026-03-01' });
    expect(await status(gone.id)).toBe('moved_out');
    await t.callOk('waitingList.add', { citizenId: gone.id, residenceId: t.residences.other, requestedDate: '2026-03-01', desiredMoveIn: null }, admin);
    expect(await status(gone.id)).toBe('waiting');
    expect(await status((await citizen()).id)).toBe('none');
  });

  it('follows the clock: tomorrow a stay that ends today has ended', async () => {
    const c = await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2026-03-02' });
    expect(await status(c.id)).toBe('current');
    // 00:30 on 3 March in Denmark (23:30 UTC): a new Danish day, and a new session.
    t.clock.set('2026-03-02T23:30:00.000Z');
    admin = await t.login('admin');
    expect(await status(c.id)).toBe('moved_out');
  });
});

describe('audit and deletion', () => {
  it('add, change and delete each leave a row with the citizen id; delete removes only that stay', async () => {
    const c = await citizen({ residenceId: t.residences.own, moveIn: '2025-01-01', moveOut: '2025-12-31' });
    const mark = t.backend.services.audit.lastId();
    const added = await t.callOk('citizens.addStay', { citizenId: c.id, residenceId: t.residences.other, room: '4', moveIn: '2026-01-01', moveOut: null }, admin);
    const stay = added.currentStay!;
    await t.callOk('citizens.updateStay', { id: stay.id, residenceId: t.residences.other, room: '5', moveIn: '2026-01-01', moveOut: '2026-06-30' }, admin);
    const after = await t.callOk('citizens.deleteStay', { id: stay.id }, admin);
    expect(after.stays.map((s) => s.moveIn)).toEqual(['2025-01-01']);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.citizen_id, row.detail])).toEqual([
      ['create', 'citizens.addStay', c.id, 'Ophold på Lærkehøj fra 01-01-2026'],
      ['update', 'citizens.updateStay', c.id, 'Ophold på Lærkehøj 01-01-2026 – 30-06-2026'],
      ['delete', 'citizens.deleteStay', c.id, 'Slettet: Ophold på Lærkehøj 01-01-2026 – 30-06-2026'],
    ]);
  });
});

// Keeps the helper's input type honest.
const _typed: InputOf<'citizens.addStay'> = { citizenId: 1, residenceId: 1, moveIn: '2026-01-01', moveOut: null };
void _typed;
