// Protects consents (samtykker) through dispatch: the state derived for today (revoked > expired >
// expiring within 30 days > active) at its boundaries, recipients that must be the citizen's own
// relatives, revocation rules, never-future dates, scoping, audit rows, and nothing half-saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';

// The fixture's today is Monday 2026-03-02 (Danish time); 30 days on is 2026-04-01.
const TODAY = '2026-03-02';
const IN_30_DAYS = '2026-04-01';
const IN_31_DAYS = '2026-04-02';
const DAY_MS = 24 * 3_600_000;

let t: TestBackend;
let admin: string;
let citizenId: number;
let motherId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own');
  motherId = (await t.callOk('relatives.create', { citizenId, name: 'Inger Hansen', relation: 'mor' }, admin)).id;
});
afterEach(() => t.close());

type ConsentInput = Partial<InputOf<'consents.create'>>;
const consentInput = (fields: ConsentInput = {}): InputOf<'consents.create'> => ({
  citizenId,
  subjects: ['hverdag', 'plan'],
  recipientType: 'paaroerende',
  relativeId: motherId,
  givenDate: '2025-06-01',
  givenBy: 'borger',
  // Sent as null, not left out: optionalIsoDate in src/contract/fields.ts refuses a missing key.
  expiresDate: null,
  ...fields,
});
const create = (fields: ConsentInput = {}, token = admin) => t.call('consents.create', consentInput(fields), token);
const createOk = (fields: ConsentInput = {}) => t.callOk('consents.create', consentInput(fields), admin);
const list = (token = admin) => t.callOk('consents.list', { citizenId }, token);
/** Moves the clock on by whole days; the session would have expired, so the administrator signs in again. */
async function daysLater(days: number) {
  t.clock.advance(days * DAY_MS);
  admin = await t.login('admin');
}
const snapshot = () => ({ consents: t.count('consents'), subjects: t.count('consent_subjects'), audit: t.count('audit_log') });

describe('create and list', () => {
  it('records a consent to a relative with the relative\'s name, who recorded it and today\'s state', async () => {
    const created = await createOk({ expiresDate: '2027-06-01', note: 'Mundtligt givet ved statusmøde' });
    expect(created).toEqual({
      id: created.id,
      citizenId,
      subjects: ['hverdag', 'plan'],
      recipientType: 'paaroerende',
      relativeId: motherId,
      recipientName: 'Inger Hansen',
      givenDate: '2025-06-01',
      givenBy: 'borger',
      expiresDate: '2027-06-01',
      revokedDate: null,
      revokedReason: null,
      note: 'Mundtligt givet ved statusmøde',
      state: 'aktiv',
      recordedBy: 'Ada Administrator',
      createdAt: t.clock.now().toISOString(),
    });
    expect(await list()).toEqual([created]);
  });

  it('records a consent to a named municipality or doctor, given by the guardian', async () => {
    const created = await createOk({ recipientType: 'kommune', relativeId: null, recipientName: 'Aarhus Kommune, Socialforvaltningen', givenBy: 'vaerge', subjects: ['helbred'] });
    expect(created).toMatchObject({ recipientType: 'kommune', relativeId: null, recipientName: 'Aarhus Kommune, Socialforvaltningen', givenBy: 'vaerge' });
  });

  it('stores each subject once, in the contract\'s order', async () => {
    const created = await createOk({ subjects: ['plan', 'helbred', 'plan', 'medicin'] });
    expect(created.subjects).toEqual(['helbred', 'medicin', 'plan']);
    expect(t.count('consent_subjects')).toBe(3);
  });

  it('lists newest given first, and follows a relative\'s corrected name', async () => {
    await createOk({ givenDate: '2024-01-01' });
    await createOk({ givenDate: '2026-01-15', recipientType: 'laege', relativeId: null, recipientName: 'Lægehuset Viby' });
    await createOk({ givenDate: '2025-05-05' });
    await t.callOk('relatives.update', { id: motherId, name: 'Inger Hansen Lund', relation: 'mor' }, admin);
    expect((await list()).map((c) => [c.givenDate, c.recipientName])).toEqual([
      ['2026-01-15', 'Lægehuset Viby'],
      ['2025-05-05', 'Inger Hansen Lund'],
      ['2024-01-01', 'Inger Hansen Lund'],
    ]);
  });

  it('a consent given today is accepted; one given tomorrow is refused on givenDate (record consent once given)', async () => {
    expect((await createOk({ givenDate: TODAY })).state).toBe('aktiv');
    const before = snapshot();
    const error = expectCode(await create({ givenDate: '2026-03-03' }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['givenDate']);
    expect(snapshot()).toEqual(before);
  });
});

describe('state for today', () => {
  const stateOf = async (fields: ConsentInput) => (await createOk(fields)).state;

  it('without an expiry date it is active', async () => {
    expect(await stateOf({ expiresDate: null })).toBe('aktiv');
  });

  it('expiring exactly 30 days from today is "udløber"; 31 days is still active', async () => {
    expect(await stateOf({ expiresDate: IN_30_DAYS })).toBe('udloeber');
    expect(await stateOf({ expiresDate: IN_31_DAYS })).toBe('aktiv');
  });

  it('the expiry date is the last valid day: expiring today is "udløber", yesterday is expired', async () => {
    expect(await stateOf({ expiresDate: TODAY })).toBe('udloeber');
    expect(await stateOf({ expiresDate: '2026-03-01' })).toBe('udloebet');
  });

  it('follows the clock: 31 days becomes expiring a day later, and expired after its date', async () => {
    const consent = await createOk({ expiresDate: IN_31_DAYS });
    await daysLater(1);
    expect((await list()).find((c) => c.id === consent.id)!.state).toBe('udloeber');
    await daysLater(31);
    expect((await list()).find((c) => c.id === consent.id)!.state).toBe('udloebet');
  });

  it('revoked today is revoked, and revocation wins over expiry', async () => {
    const active = await createOk();
    expect((await t.callOk('consents.revoke', { id: active.id, revokedDate: TODAY, reason: 'Borgeren ønsker det ikke længere' }, admin)).state).toBe('tilbagekaldt');
    const expiring = await createOk({ givenDate: '2025-01-01', expiresDate: '2026-03-10' });
    const revoked = await t.callOk('consents.revoke', { id: expiring.id, revokedDate: '2026-02-01', reason: 'Fortrudt' }, admin);
    expect(revoked).toMatchObject({ state: 'tilbagekaldt', revokedDate: '2026-02-01', revokedReason: 'Fortrudt' });
    await daysLater(60);
    expect((await list()).find((c) => c.id === expiring.id)!.state).toBe('tilbagekaldt');
  });
});

describe('recipients', () => {
  it('the schema asks which relative when the recipient is a relative, and a name otherwise', async () => {
    expect(fieldPaths(expectCode(await create({ relativeId: null }), 'INVALID_INPUT'))).toEqual(['relativeId']);
    expect(fieldPaths(expectCode(await create({ recipientType: 'kommune', relativeId: null }), 'INVALID_INPUT'))).toEqual(['recipientName']);
  });

  it('refuses another citizen\'s relative, a removed relative and an unknown one on relativeId, saving nothing', async () => {
    const other = citizenIn(t, 'own');
    const theirs = await t.callOk('relatives.create', { citizenId: other, name: 'Fremmed Person', relation: 'bror' }, admin);
    const gone = await t.callOk('relatives.create', { citizenId, name: 'Tidligere Ven', relation: 'ven' }, admin);
    await t.callOk('relatives.delete', { id: gone.id }, admin);
    const before = snapshot();
    for (const relativeId of [theirs.id, gone.id, 99999]) {
      const error = expectCode(await create({ relativeId }), 'INVALID_INPUT');
      expect(fieldPaths(error)).toEqual(['relativeId']);
      expect(error.message).toBe('Pårørende: vælg en af borgerens pårørende');
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a relative on a consent whose recipient is not a relative', async () => {
    expect(fieldPaths(expectCode(await create({ recipientType: 'laege', recipientName: 'Lægen' }), 'INVALID_INPUT'))).toEqual(['relativeId']);
  });

  it('a removed relative\'s consent keeps its name in the list', async () => {
    const consent = await createOk();
    await t.callOk('relatives.delete', { id: motherId }, admin);
    expect((await list()).find((c) => c.id === consent.id)!.recipientName).toBe('Inger Hansen');
  });
});

describe('revoke', () => {
  it('revokes from a date with a reason; a second revocation is CONFLICT and changes nothing', async () => {
    const consent = await createOk();
    const revoked = await t.callOk('consents.revoke', { id: consent.id, revokedDate: '2026-02-20', reason: 'Ønsker ikke mor informeret om planen' }, admin);
    expect(revoked).toMatchObject({ id: consent.id, revokedDate: '2026-02-20', revokedReason: 'Ønsker ikke mor informeret om planen', state: 'tilbagekaldt' });
    const before = snapshot();
    const error = expectCode(await t.call('consents.revoke', { id: consent.id, revokedDate: TODAY, reason: 'Igen' }, admin), 'CONFLICT');
    expect(error.message).toBe('Samtykket er allerede tilbagekaldt pr. 20-02-2026.');
    expect(snapshot()).toEqual(before);
    expect((await list())[0]!.revokedReason).toBe('Ønsker ikke mor informeret om planen');
  });

  it('the revoked date may equal the given date, not lie before it', async () => {
    const a = await createOk({ givenDate: '2026-01-10' });
    const error = expectCode(await t.call('consents.revoke', { id: a.id, revokedDate: '2026-01-09', reason: 'Fejl' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['revokedDate']);
    expect(error.message).toMatch(/10-01-2026/);
    expect((await t.callOk('consents.revoke', { id: a.id, revokedDate: '2026-01-10', reason: 'Samme dag' }, admin)).state).toBe('tilbagekaldt');
  });

  it('refuses a revocation dated after today, or after the consent had expired', async () => {
    const open = await createOk();
    expect(fieldPaths(expectCode(await t.call('consents.revoke', { id: open.id, revokedDate: '2026-03-03', reason: 'Fremtid' }, admin), 'INVALID_INPUT'))).toEqual(['revokedDate']);
    const expired = await createOk({ givenDate: '2025-01-01', expiresDate: '2025-12-31' });
    const error = expectCode(await t.call('consents.revoke', { id: expired.id, revokedDate: '2026-01-01', reason: 'For sent' }, admin), 'INVALID_INPUT');
    expect(error.message).toMatch(/31-12-2025/);
    expect((await t.callOk('consents.revoke', { id: expired.id, revokedDate: '2025-12-31', reason: 'Sidste dag' }, admin)).state).toBe('tilbagekaldt');
  });

  it('an unknown consent is NOT_FOUND; the schema requires a reason', async () => {
    expectCode(await t.call('consents.revoke', { id: 99999, revokedDate: TODAY, reason: 'x' }, admin), 'NOT_FOUND');
    const consent = await createOk();
    expect(fieldPaths(expectCode(await t.call('consents.revoke', { id: consent.id, revokedDate: TODAY, reason: '  ' }, admin), 'INVALID_INPUT'))).toEqual(['reason']);
  });
});

describe('who may see and record consents', () => {
  it('the afdelingsleder records and revokes for citizens of their residences, FORBIDDEN elsewhere', async () => {
    const leader = t.tokens.afdelingsleder;
    const own = await t.callOk('consents.create', consentInput(), leader);
    expect(own.recordedBy).toBe('Lis Leder');
    await t.callOk('consents.revoke', { id: own.id, revokedDate: TODAY, reason: 'Tilbagekaldt' }, leader);

    const stranger = citizenIn(t, 'other');
    const theirs = await t.callOk('consents.create', { ...consentInput(), citizenId: stranger, recipientType: 'kommune', relativeId: null, recipientName: 'Randers Kommune' }, admin);
    const before = snapshot();
    expectCode(await t.call('consents.list', { citizenId: stranger }, leader), 'FORBIDDEN');
    expectCode(await t.call('consents.create', { ...consentInput(), citizenId: stranger, recipientType: 'kommune', relativeId: null, recipientName: 'X' }, leader), 'FORBIDDEN');
    expectCode(await t.call('consents.revoke', { id: theirs.id, revokedDate: TODAY, reason: 'x' }, leader), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
  });

  it('the medarbejder reads but cannot record; the vagtplanlægger cannot read', async () => {
    await createOk();
    expect((await list(t.tokens.medarbejder)).length).toBe(1);
    expectCode(await create({}, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('consents.list', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });
});

describe('audit', () => {
  it('every call leaves a row naming the citizen; list is a read; the revocation reason stays out of the log', async () => {
    const consent = await createOk();
    await list(t.tokens.medarbejder);
    await t.callOk('consents.revoke', { id: consent.id, revokedDate: TODAY, reason: 'Privat begrundelse' }, admin);
    const rows = auditRows(t.backend).filter((row) => row.method.startsWith('consents.'));
    expect(rows.map((row) => [row.method, row.action, row.citizen_id, row.username])).toEqual([
      ['consents.create', 'create', citizenId, 'admin'],
      ['consents.list', 'read', citizenId, 'medarbejder'],
      ['consents.revoke', 'update', citizenId, 'admin'],
    ]);
    expect(rows[0]).toMatchObject({ subject: 'Pårørende: Inger Hansen', detail: 'Hverdagsliv og trivsel, Pædagogisk plan og mål' });
    expect(JSON.stringify(rows)).not.toContain('Privat begrundelse');
  });
});
