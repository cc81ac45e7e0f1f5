// Protects consents.attention through dispatch: the windows at their boundaries (exactly N days vs
// one more), replacement by a newer consent in force to the same recipient, scoping and the audit row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';

// The fixture's today is 2026-03-02: 30 days on is 2026-04-01, 30 days back 2026-01-31.
const TODAY = '2026-03-02';

let t: TestBackend;
let admin: string;
let citizenId: number;
let motherId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own', { firstName: 'Åse', lastName: 'Ørum' });
  motherId = (await t.callOk('relatives.create', { citizenId, name: 'Inger Hansen', relation: 'mor' }, admin)).id;
});
afterEach(() => t.close());

type ConsentInput = Partial<InputOf<'consents.create'>>;
const consent = async (fields: ConsentInput = {}) =>
  (
    await t.callOk(
      'consents.create',
      { citizenId, subjects: ['plan', 'helbred'], recipientType: 'paaroerende', relativeId: motherId, givenDate: '2025-01-01', givenBy: 'borger', expiresDate: null, ...fields },
      admin,
    )
  ).id;
const toKommune = (name = 'Aarhus Kommune'): ConsentInput => ({ recipientType: 'kommune', relativeId: null, recipientName: name });
const revoke = (id: number, revokedDate: string) => t.callOk('consents.revoke', { id, revokedDate, reason: 'Ønsker det ikke længere' }, admin);
const attention = (input: Partial<InputOf<'consents.attention'>> = {}, token = admin) => t.callOk('consents.attention', input, token);
const ids = async (input: Partial<InputOf<'consents.attention'>> = {}, token = admin) => (await attention(input, token)).map((row) => row.consentId);

describe('windows', () => {
  it('expiring exactly 30 days on is shown, 31 is not; expired exactly 30 days back is shown, 31 is not', async () => {
    const in30 = await consent({ expiresDate: '2026-04-01' });
    await consent({ ...toKommune('Randers Kommune'), expiresDate: '2026-04-02' });
    const back30 = await consent({ ...toKommune('Lægehuset'), recipientType: 'laege', expiresDate: '2026-01-31' });
    await consent({ ...toKommune('Skolen'), recipientType: 'andet', expiresDate: '2026-01-30' });
    await consent({ ...toKommune('Uden udløb') });
    expect(await ids()).toEqual([back30, in30]);
  });

  it('expiring today is "udløber", yesterday "udløbet"; sorted by date with each row\'s details', async () => {
    const yesterday = await consent({ expiresDate: '2026-03-01' });
    const today = await consent({ ...toKommune(), expiresDate: TODAY, subjects: ['oekonomi'] });
    const rows = await attention();
    expect(rows.map((row) => [row.consentId, row.state, row.date])).toEqual([
      [yesterday, 'udloebet', '2026-03-01'],
      [today, 'udloeber', TODAY],
    ]);
    expect(rows[0]).toEqual({
      consentId: yesterday,
      citizenId,
      citizenName: 'Åse Ørum',
      residenceName: 'Egebakken',
      recipientName: 'Inger Hansen',
      subjects: ['helbred', 'plan'],
      state: 'udloebet',
      date: '2026-03-01',
    });
  });

  it('revoked exactly 30 days back is shown with the revocation date, 31 days back is not; revocation wins over expiry', async () => {
    const shown = await consent({ expiresDate: '2026-03-20' });
    await revoke(shown, '2026-01-31');
    await revoke(await consent(toKommune()), '2026-01-30');
    expect((await attention()).map((row) => [row.consentId, row.state, row.date])).toEqual([[shown, 'tilbagekaldt', '2026-01-31']]);
  });

  it('withinDays widens or narrows both windows; 30 by default; 1..365', async () => {
    const in31 = await consent({ expiresDate: '2026-04-02' });
    const in2 = await consent({ ...toKommune(), expiresDate: '2026-03-04' });
    expect(await ids({ withinDays: 31 })).toEqual([in2, in31]);
    expect(await ids({ withinDays: 1 })).toEqual([]);
    expect(await ids({ withinDays: 2 })).toEqual([in2]);
    expect(await ids()).toEqual([in2]);
    for (const withinDays of [0, 366, 1.5]) {
      expect(fieldPaths(expectCode(await t.call('consents.attention', { withinDays }, admin), 'INVALID_INPUT'))).toEqual(['withinDays']);
    }
  });
});

describe('replacement', () => {
  it('an expired or revoked consent replaced by a newer consent in force to the same recipient is hidden', async () => {
    await consent({ givenDate: '2025-01-01', expiresDate: '2026-02-15' });
    await consent({ givenDate: '2026-02-16' });
    const revoked = await consent(toKommune());
    await revoke(revoked, '2026-02-10');
    await consent({ ...toKommune('aarhus kommune '), givenDate: '2026-02-20', expiresDate: '2027-01-01' });
    expect(await ids()).toEqual([]);
  });

  it('is still shown when the newer consent is to another recipient, is older, or is itself no longer in force', async () => {
    const expired = await consent({ givenDate: '2025-06-01', expiresDate: '2026-02-15' });
    await consent({ ...toKommune(), givenDate: '2026-02-16' });
    await consent({ givenDate: '2025-01-01' });
    const other = (await t.callOk('relatives.create', { citizenId, name: 'Per Hansen', relation: 'far' }, admin)).id;
    await consent({ relativeId: other, givenDate: '2026-02-16' });
    const revoked = await consent({ givenDate: '2026-02-20' });
    await revoke(revoked, '2026-02-25');
    expect(await ids()).toEqual([expired, revoked]);
  });

  it('an expiring consent is hidden by a renewal that lasts longer, not by one that ends sooner', async () => {
    const expiring = await consent({ expiresDate: '2026-03-20' });
    const renewal = await consent({ givenDate: '2026-03-01', expiresDate: '2026-03-10' });
    expect(await ids()).toEqual([renewal, expiring]);
    await consent({ givenDate: TODAY, expiresDate: '2028-01-01' });
    expect(await ids()).toEqual([]);
  });
});

describe('who sees what', () => {
  it('scoped users see their residences\' citizens only; the administrator sees all; the vagtplanlægger is FORBIDDEN', async () => {
    const own = await consent({ expiresDate: '2026-03-10' });
    const stranger = citizenIn(t, 'other');
    const theirs = (await t.callOk('consents.create', { citizenId: stranger, subjects: ['alt'], recipientType: 'laege', recipientName: 'Lægen', givenDate: '2025-01-01', givenBy: 'vaerge', expiresDate: '2026-03-05' }, admin)).id;
    expect(await ids({}, admin)).toEqual([theirs, own]);
    expect(await ids({}, t.tokens.afdelingsleder)).toEqual([own]);
    expect(await ids({}, t.tokens.medarbejder)).toEqual([own]);
    expectCode(await t.call('consents.attention', {}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });
});

describe('audit', () => {
  it('one search row naming the window and the count, no citizen', async () => {
    await consent({ expiresDate: '2026-03-10' });
    await attention({ withinDays: 14 }, t.tokens.afdelingsleder);
    const rows = auditRows(t.backend, 'consents.attention');
    expect(rows.map((row) => [row.action, row.citizen_id, row.username, row.subject, row.detail])).toEqual([
      ['search', null, 'leder', 'Samtykker der kræver opmærksomhed: 14 dage', '1 samtykker'],
    ]);
  });
});
