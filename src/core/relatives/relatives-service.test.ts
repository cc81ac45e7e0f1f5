// Protects relatives (pårørende) through dispatch: closest first then Danish name order, one closest
// relative per citizen (a new one replaces the old), soft removal that keeps the contact log, what a
// relative may be told from consents in force today, the contact log, scoping, audit, nothing half-saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../backend/dispatch';
import { createRouter, type Router } from '../../backend/router';
import type { InputOf } from '../../contract';
import { DomainError } from '../common/domain-error';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { compareDanish } from '../text/danish-sort-key';

const TODAY = '2026-03-02';

let t: TestBackend;
let admin: string;
let citizenId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own');
});
afterEach(() => t.close());

type RelativeInput = Partial<InputOf<'relatives.create'>>;
const add = (name: string, fields: RelativeInput = {}, token = admin) => t.callOk('relatives.create', { citizenId, name, relation: 'søster', ...fields }, token);
const list = (token = admin, citizen = citizenId) => t.callOk('relatives.list', { citizenId: citizen }, token);
const closest = async () => (await list()).filter((r) => r.isClosest).map((r) => r.name);
const consent = (relativeId: number, fields: Partial<InputOf<'consents.create'>> = {}) =>
  t.callOk('consents.create', { citizenId, subjects: ['hverdag'], recipientType: 'paaroerende', relativeId, givenDate: '2025-01-01', givenBy: 'borger', expiresDate: null, ...fields }, admin);
const snapshot = () => ({ relatives: t.count('relatives'), contacts: t.count('relative_contacts'), audit: t.count('audit_log') });

describe('create, update and list', () => {
  it('creates a relative with every field; nothing may be told without consent', async () => {
    const created = await add('Inger Hansen', {
      relation: 'mor',
      phone: '+45 20 30 40 50',
      secondaryPhone: '',
      email: 'inger@example.dk',
      address: 'Engvej 3, 8000 Aarhus C',
      isClosest: true,
      preferredContact: 'sms',
      note: 'Ring efter kl. 16',
    });
    expect(created).toEqual({
      id: created.id,
      citizenId,
      name: 'Inger Hansen',
      relation: 'mor',
      phone: '+45 20 30 40 50',
      secondaryPhone: null,
      email: 'inger@example.dk',
      address: 'Engvej 3, 8000 Aarhus C',
      isClosest: true,
      preferredContact: 'sms',
      note: 'Ring efter kl. 16',
      mayBeToldAbout: [],
    });
    expect(await list()).toEqual([created]);
  });

  it('lists the closest relative first, then in Danish name order (æ, ø, å last, "aa" as å)', async () => {
    for (const name of ['Åse Holm', 'Aage Berg', 'Ørjan Lund', 'Bente Smed', 'Æbbe Nør']) await add(name);
    await add('Zenia Kragh', { isClosest: true });
    const names = (await list()).map((r) => r.name);
    expect(names.slice(1)).toEqual([...names.slice(1)].sort(compareDanish));
    expect(names).toEqual(['Zenia Kragh', 'Bente Smed', 'Æbbe Nør', 'Ørjan Lund', 'Aage Berg', 'Åse Holm']);
  });

  it('updates a relative; an unknown one is NOT_FOUND', async () => {
    const created = await add('Per Hansen', { relation: 'far' });
    const updated = await t.callOk('relatives.update', { id: created.id, name: 'Per Hansen', relation: 'far', phone: '86 12 34 56', preferredContact: 'telefon' }, admin);
    expect(updated).toMatchObject({ phone: '86 12 34 56', preferredContact: 'telefon', isClosest: false });
    expectCode(await t.call('relatives.update', { id: 99999, name: 'X', relation: 'y' }, admin), 'NOT_FOUND');
  });

  it('the schema refuses a bad phone number and an unknown contact form, naming the field', async () => {
    expect(fieldPaths(expectCode(await t.call('relatives.create', { citizenId, name: 'A', relation: 'ven', phone: '123' }, admin), 'INVALID_INPUT'))).toEqual(['phone']);
    expect(fieldPaths(expectCode(await t.call('relatives.create', { citizenId, name: 'A', relation: 'ven', preferredContact: 'brevdue' }, admin), 'INVALID_INPUT'))).toEqual(['preferredContact']);
  });
});

describe('one closest relative', () => {
  it('a new closest relative replaces the old one, on create and on update', async () => {
    const mother = await add('Inger Hansen', { relation: 'mor', isClosest: true });
    const father = await add('Per Hansen', { relation: 'far', isClosest: true });
    expect(await closest()).toEqual(['Per Hansen']);
    await t.callOk('relatives.update', { id: mother.id, name: 'Inger Hansen', relation: 'mor', isClosest: true }, admin);
    expect(await closest()).toEqual(['Inger Hansen']);
    // Editing the other without the flag leaves the closest alone; unsetting it leaves none.
    await t.callOk('relatives.update', { id: father.id, name: 'Per Hansen', relation: 'far', phone: '20 20 20 20' }, admin);
    expect(await closest()).toEqual(['Inger Hansen']);
    await t.callOk('relatives.update', { id: mother.id, name: 'Inger Hansen', relation: 'mor', isClosest: false }, admin);
    expect(await closest()).toEqual([]);
  });

  it('another citizen\'s closest relative is untouched', async () => {
    const other = citizenIn(t, 'own');
    await t.callOk('relatives.create', { citizenId: other, name: 'Anden Mor', relation: 'mor', isClosest: true }, admin);
    await add('Inger Hansen', { isClosest: true });
    expect((await list(admin, other)).map((r) => [r.name, r.isClosest])).toEqual([['Anden Mor', true]]);
  });

  it('the switch is part of the call\'s transaction: when the call fails after it, the old closest stays closest', async () => {
    const mother = await add('Inger Hansen', { isClosest: true });
    const father = await add('Per Hansen', { relation: 'far' });
    const real = createRouter(t.backend.services, t.backend.system);
    const failingAfterWork = createDispatch(t.backend.services, {
      ...real,
      'relatives.update': (input, ctx) => {
        (real['relatives.update'] as (i: typeof input, c: typeof ctx) => unknown)(input, ctx);
        throw new DomainError('CONFLICT', 'Fejl efter arbejdet.');
      },
    } as Router);
    const before = snapshot();
    expectCode(await failingAfterWork({ method: 'relatives.update', input: { id: father.id, name: 'Per Hansen', relation: 'far', isClosest: true }, token: admin }), 'CONFLICT');
    expect(snapshot()).toEqual(before);
    expect(await closest()).toEqual([mother.name]);
  });

  it('a refused update unsets nobody', async () => {
    await add('Inger Hansen', { isClosest: true });
    const stranger = citizenIn(t, 'other');
    const theirs = await t.callOk('relatives.create', { citizenId: stranger, name: 'Fremmed', relation: 'ven' }, admin);
    expectCode(await t.call('relatives.update', { id: theirs.id, name: 'Fremmed', relation: 'ven', isClosest: true }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect(await closest()).toEqual(['Inger Hansen']);
  });
});

describe('removal', () => {
  it('removes softly: gone from the list, the contact log keeps the entry with the name', async () => {
    const mother = await add('Inger Hansen', { isClosest: true });
    await t.callOk('relatives.logContact', { citizenId, relativeId: mother.id, date: '2026-02-01', form: 'telefon', summary: 'Aftalt besøg' }, admin);
    expect(await t.callOk('relatives.delete', { id: mother.id }, admin)).toEqual({});
    expect(await list()).toEqual([]);
    expect(t.count('relatives')).toBe(1);
    const log = await t.callOk('relatives.contactLog', { citizenId }, admin);
    expect(log.map((entry) => [entry.relativeId, entry.relativeName])).toEqual([[mother.id, 'Inger Hansen']]);
  });

  it('a removed relative cannot be edited, removed again, logged or named by a new consent', async () => {
    const mother = await add('Inger Hansen', { isClosest: true });
    await t.callOk('relatives.delete', { id: mother.id }, admin);
    const before = snapshot();
    expectCode(await t.call('relatives.update', { id: mother.id, name: 'Inger', relation: 'mor' }, admin), 'NOT_FOUND');
    expectCode(await t.call('relatives.delete', { id: mother.id }, admin), 'NOT_FOUND');
    expect(fieldPaths(expectCode(await t.call('relatives.logContact', { citizenId, relativeId: mother.id, date: TODAY, form: 'sms', summary: 'x' }, admin), 'INVALID_INPUT'))).toEqual(['relativeId']);
    expect(snapshot()).toEqual(before);
    // No longer the closest: a later closest relative is alone in that.
    await add('Per Hansen', { isClosest: true });
    expect(t.backend.db.prepare('SELECT count(*) FROM relatives WHERE is_closest = 1').pluck().get()).toBe(1);
  });
});

describe('what a relative may be told', () => {
  it('the subjects of consents in force today that name this relative, in one order, each once', async () => {
    const mother = await add('Inger Hansen');
    const brother = await add('Ole Hansen', { relation: 'bror' });
    await consent(mother.id, { subjects: ['plan', 'hverdag'] });
    await consent(mother.id, { subjects: ['helbred', 'hverdag'], expiresDate: '2026-03-10' });
    await t.callOk('consents.create', { citizenId, subjects: ['medicin'], recipientType: 'laege', recipientName: 'Lægehuset', givenDate: '2025-01-01', givenBy: 'borger', expiresDate: null }, admin);
    const listed = await list();
    expect(listed.find((r) => r.id === mother.id)!.mayBeToldAbout).toEqual(['helbred', 'hverdag', 'plan']);
    expect(listed.find((r) => r.id === brother.id)!.mayBeToldAbout).toEqual([]);
  });

  it('leaves out expired and revoked consents (revoked today included); the last valid day still counts', async () => {
    const mother = await add('Inger Hansen');
    await consent(mother.id, { subjects: ['helbred'], givenDate: '2025-01-01', expiresDate: '2026-03-01' });
    const revoked = await consent(mother.id, { subjects: ['oekonomi'] });
    await t.callOk('consents.revoke', { id: revoked.id, revokedDate: TODAY, reason: 'Ønsker det ikke' }, admin);
    await consent(mother.id, { subjects: ['plan'], expiresDate: TODAY });
    expect((await list())[0]!.mayBeToldAbout).toEqual(['plan']);
  });

  it('"alt" means everything and stands alone', async () => {
    const mother = await add('Inger Hansen');
    await consent(mother.id, { subjects: ['hverdag'] });
    await consent(mother.id, { subjects: ['alt', 'medicin'] });
    expect((await list())[0]!.mayBeToldAbout).toEqual(['alt']);
  });

  it('create and update answer with it too', async () => {
    const mother = await add('Inger Hansen');
    await consent(mother.id, { subjects: ['sociale-forhold'] });
    const updated = await t.callOk('relatives.update', { id: mother.id, name: 'Inger Hansen', relation: 'mor' }, admin);
    expect(updated.mayBeToldAbout).toEqual(['sociale-forhold']);
  });
});

describe('contact log', () => {
  it('logs a contact; the staff name defaults to the user\'s display name and the row records who wrote it', async () => {
    const mother = await add('Inger Hansen');
    const entry = await t.callOk('relatives.logContact', { citizenId, relativeId: mother.id, date: TODAY, form: 'besøg', summary: 'Mor på besøg, god stemning' }, t.tokens.medarbejder);
    expect(entry).toEqual({
      id: entry.id,
      citizenId,
      relativeId: mother.id,
      relativeName: 'Inger Hansen',
      date: TODAY,
      form: 'besøg',
      summary: 'Mor på besøg, god stemning',
      staffName: 'Mikkel Medarbejder',
      createdAt: t.clock.now().toISOString(),
    });
    expect(t.backend.db.prepare('SELECT created_by FROM relative_contacts WHERE id = ?').pluck().get(entry.id)).toBe(t.users.medarbejder.id);
  });

  it('keeps a staff name that is given, and allows a contact with no one relative in particular', async () => {
    const entry = await t.callOk('relatives.logContact', { citizenId, date: '2026-02-10', form: 'møde', summary: 'Familiemøde', staffName: 'Kirsten Kontaktperson' }, admin);
    expect(entry).toMatchObject({ relativeId: null, relativeName: null, staffName: 'Kirsten Kontaktperson' });
  });

  it('lists newest first by date', async () => {
    const mother = await add('Inger Hansen');
    for (const date of ['2026-01-05', '2026-02-20', '2025-12-24']) await t.callOk('relatives.logContact', { citizenId, relativeId: mother.id, date, form: 'telefon', summary: date }, admin);
    expect((await t.callOk('relatives.contactLog', { citizenId }, admin)).map((e) => e.date)).toEqual(['2026-02-20', '2026-01-05', '2025-12-24']);
  });

  it('refuses another citizen\'s relative and a date after today, saving nothing', async () => {
    const other = citizenIn(t, 'own');
    const theirs = await t.callOk('relatives.create', { citizenId: other, name: 'Fremmed', relation: 'ven' }, admin);
    const before = snapshot();
    const error = expectCode(await t.call('relatives.logContact', { citizenId, relativeId: theirs.id, date: TODAY, form: 'sms', summary: 'x' }, admin), 'INVALID_INPUT');
    expect(error.message).toBe('Pårørende: vælg en af borgerens pårørende');
    expect(fieldPaths(expectCode(await t.call('relatives.logContact', { citizenId, date: '2026-03-03', form: 'sms', summary: 'x' }, admin), 'INVALID_INPUT'))).toEqual(['date']);
    expect(snapshot()).toEqual(before);
  });
});

describe('who may see and change relatives', () => {
  it('the afdelingsleder manages relatives of citizens in their residences; elsewhere FORBIDDEN, nothing saved', async () => {
    const leader = t.tokens.afdelingsleder;
    const own = await add('Inger Hansen', {}, leader);
    await t.callOk('relatives.update', { id: own.id, name: 'Inger Hansen', relation: 'mor' }, leader);
    const stranger = citizenIn(t, 'other');
    const theirs = await t.callOk('relatives.create', { citizenId: stranger, name: 'Fremmed', relation: 'ven' }, admin);
    const before = snapshot();
    expectCode(await t.call('relatives.list', { citizenId: stranger }, leader), 'FORBIDDEN');
    expectCode(await t.call('relatives.create', { citizenId: stranger, name: 'Ny', relation: 'ven' }, leader), 'FORBIDDEN');
    expectCode(await t.call('relatives.update', { id: theirs.id, name: 'Ny', relation: 'ven' }, leader), 'FORBIDDEN');
    expectCode(await t.call('relatives.delete', { id: theirs.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('relatives.contactLog', { citizenId: stranger }, leader), 'FORBIDDEN');
    expectCode(await t.call('relatives.logContact', { citizenId: stranger, date: TODAY, form: 'sms', summary: 'x' }, leader), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
  });

  it('the medarbejder reads and logs contacts but does not edit relatives; the vagtplanlægger does neither', async () => {
    const mother = await add('Inger Hansen');
    expect((await list(t.tokens.medarbejder)).length).toBe(1);
    await t.callOk('relatives.logContact', { citizenId, relativeId: mother.id, date: TODAY, form: 'sms', summary: 'Sendt billeder' }, t.tokens.medarbejder);
    expectCode(await t.call('relatives.create', { citizenId, name: 'Ny', relation: 'ven' }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('relatives.delete', { id: mother.id }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('relatives.list', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await t.call('relatives.contactLog', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });

  it('a medarbejder cannot log a contact for a citizen outside their residences', async () => {
    const stranger = citizenIn(t, 'other');
    expectCode(await t.call('relatives.logContact', { citizenId: stranger, date: TODAY, form: 'sms', summary: 'x' }, t.tokens.medarbejder), 'FORBIDDEN');
  });
});

describe('audit', () => {
  it('every call leaves a row naming the citizen; reads are reads; the contact summary stays out of the log', async () => {
    const mother = await add('Inger Hansen', { relation: 'mor' });
    await t.callOk('relatives.update', { id: mother.id, name: 'Inger Hansen', relation: 'mor', isClosest: true }, admin);
    await list(t.tokens.medarbejder);
    await t.callOk('relatives.logContact', { citizenId, relativeId: mother.id, date: TODAY, form: 'telefon', summary: 'Fortroligt indhold' }, admin);
    await t.callOk('relatives.contactLog', { citizenId }, admin);
    await t.callOk('relatives.delete', { id: mother.id }, admin);
    const rows = auditRows(t.backend).filter((row) => row.method.startsWith('relatives.'));
    expect(rows.map((row) => [row.method, row.action, row.citizen_id, row.username])).toEqual([
      ['relatives.create', 'create', citizenId, 'admin'],
      ['relatives.update', 'update', citizenId, 'admin'],
      ['relatives.list', 'read', citizenId, 'medarbejder'],
      ['relatives.logContact', 'create', citizenId, 'admin'],
      ['relatives.contactLog', 'read', citizenId, 'admin'],
      ['relatives.delete', 'delete', citizenId, 'admin'],
    ]);
    expect(rows[0]!.subject).toBe('Inger Hansen (mor)');
    expect(JSON.stringify(rows)).not.toContain('Fortroligt');
  });
});
