// The vikarmappe's content per residence: every current resident listed, versioned saves, the
// phone list in order, a resident's text removed by emptying it, validation, scope and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import type { BriefingFields } from '../../contract/areas/reports';

let t: TestBackend;
let karen: number;
let ali: number;

const inRoom = (citizenId: number, room: string) => t.backend.db.prepare('UPDATE citizen_stays SET room = ? WHERE citizen_id = ?').run(room, citizenId);

beforeEach(async () => {
  t = await createTestBackend();
  karen = citizenIn(t, 'own', { firstName: 'Karen', lastName: 'Kristensen' });
  ali = citizenIn(t, 'own', { firstName: 'Ali', lastName: 'Ahmadi' });
  inRoom(karen, '3');
  inRoom(ali, '12');
});
afterEach(() => t.close());

const read = (token = t.tokens.afdelingsleder, residenceId = t.residences.own) => t.call('reports.briefing', { residenceId }, token);
const save = (fields: Partial<BriefingFields>, token = t.tokens.afdelingsleder) =>
  t.call('reports.saveBriefing', { residenceId: t.residences.own, version: 0, ...fields }, token);
const saveOk = (fields: Partial<BriefingFields>) => t.callOk('reports.saveBriefing', { residenceId: t.residences.own, version: 0, ...fields }, t.tokens.afdelingsleder);

describe('reading the vikarmappe', () => {
  it('lists every current resident by first name and room, and nothing else, before anything is written', async () => {
    citizenIn(t, 'own', { firstName: 'Flyttet', moveIn: '2020-01-01', moveOut: '2025-12-31' });
    citizenIn(t, 'own', { firstName: 'Kommende', moveIn: '2026-06-01' });
    citizenIn(t, 'other', { firstName: 'Nabo' });
    const briefing = await t.callOk('reports.briefing', { residenceId: t.residences.own }, t.tokens.afdelingsleder);
    expect(briefing).toMatchObject({ residenceName: 'Egebakken', routines: null, practical: null, emergency: null, phoneNumbers: [], version: 0, updatedAt: null, updatedBy: null });
    expect(briefing.residents).toEqual([
      { citizenId: ali, firstName: 'Ali', room: '12', text: null },
      { citizenId: karen, firstName: 'Karen', room: '3', text: null },
    ]);
  });

  it('writes one read entry naming each resident it lists', async () => {
    await read();
    const rows = auditRows(t.backend, 'reports.briefing');
    expect(rows.map((r) => [r.action, r.citizen_id]).sort()).toEqual([['read', ali], ['read', karen]].sort());
    expect(rows[0]!.subject).toBe('Vikarmappe Egebakken');
  });

  it('records a search-style entry for a residence with no residents, and a save there as an update', async () => {
    await t.callOk('reports.briefing', { residenceId: t.residences.other }, t.tokens.administrator);
    expect(auditRows(t.backend, 'reports.briefing').map((r) => [r.action, r.citizen_id, r.detail])).toEqual([['search', null, 'Ingen nuværende beboere']]);
    await t.callOk('reports.saveBriefing', { residenceId: t.residences.other, routines: 'Stille hus', version: 0 }, t.tokens.administrator);
    expect(auditRows(t.backend, 'reports.saveBriefing').map((r) => [r.action, r.citizen_id, r.detail])).toEqual([
      ['update', null, 'Vikarmappe gemt (version 1, 0 telefonnumre)'],
      ['search', null, 'Ingen nuværende beboere'],
    ]);
  });
});

describe('saving the vikarmappe', () => {
  it('saves the texts, the phone list in order and a text per resident, and bumps the version', async () => {
    const saved = await saveOk({
      routines: 'Morgenmad kl. 7.30–9. Aftensmad kl. 17.30.',
      practical: 'Nøglerne hænger i nøgleboksen i personalestuen.',
      emergency: 'Ring 112, derefter vagttelefonen.',
      phoneNumbers: [
        { label: 'Vagttelefon', phone: '20 30 40 50' },
        { label: 'Lægevagten', phone: '1813' },
      ],
      residents: [{ citizenId: karen, text: 'Kan lide at få sin morgenkaffe kl. 7.' }],
    });
    expect(saved.version).toBe(1);
    expect(saved.updatedBy).toBe('Lis Leder');
    expect(saved.phoneNumbers).toEqual([
      { label: 'Vagttelefon', phone: '20 30 40 50' },
      { label: 'Lægevagten', phone: '1813' },
    ]);
    expect(saved.residents.find((r) => r.citizenId === karen)!.text).toBe('Kan lide at få sin morgenkaffe kl. 7.');
    expect(saved.residents.find((r) => r.citizenId === ali)!.text).toBeNull();

    const again = await t.callOk('reports.briefing', { residenceId: t.residences.own }, t.tokens.administrator);
    expect(again).toEqual(saved);

    const reordered = await saveOk({ ...again, version: 1, phoneNumbers: [again.phoneNumbers[1]!, again.phoneNumbers[0]!], residents: [] });
    expect(reordered.version).toBe(2);
    expect(reordered.phoneNumbers.map((p) => p.label)).toEqual(['Lægevagten', 'Vagttelefon']);
    // A resident left out of the list keeps their text.
    expect(reordered.residents.find((r) => r.citizenId === karen)!.text).toBe('Kan lide at få sin morgenkaffe kl. 7.');
  });

  it('audits an update naming the resident whose text changed, and a read for the others listed', async () => {
    await saveOk({ residents: [{ citizenId: karen, text: 'Tal roligt.' }] });
    const rows = auditRows(t.backend, 'reports.saveBriefing');
    expect(rows.filter((r) => r.citizen_id === karen).map((r) => [r.action, r.detail])).toEqual([['update', 'Vikarmappe gemt (version 1, 0 telefonnumre); tekst til vikarer skrevet']]);
    expect(rows.filter((r) => r.citizen_id === ali).map((r) => [r.action, r.detail])).toEqual([['read', 'Vikarmappe gemt (version 1, 0 telefonnumre); fornavn og værelse vist']]);
    // Every row names a resident: the save's own note rides on them.
    expect(rows.every((r) => r.citizen_id !== null)).toBe(true);
  });

  it('removes a resident’s text when it is emptied', async () => {
    await saveOk({ residents: [{ citizenId: karen, text: 'Tal roligt.' }] });
    expect(t.count('citizen_briefings')).toBe(1);
    const saved = await saveOk({ version: 1, residents: [{ citizenId: karen, text: '   ' }] });
    expect(saved.residents.find((r) => r.citizenId === karen)!.text).toBeNull();
    expect(t.count('citizen_briefings')).toBe(0);
    expect(auditRows(t.backend, 'reports.saveBriefing').filter((r) => r.citizen_id === karen).at(-1)!.detail).toBe('Vikarmappe gemt (version 2, 0 telefonnumre); tekst til vikarer fjernet');
  });

  it('refuses a stale version with a Danish conflict and saves nothing', async () => {
    await saveOk({ routines: 'Første udgave' });
    const stale = expectCode(await save({ routines: 'Anden udgave', version: 0 }), 'CONFLICT');
    expect(stale.message).toContain('Vikarmappen er ændret af en anden');
    expectCode(await save({ routines: 'Anden udgave', version: 5 }), 'CONFLICT');
    expect((await t.callOk('reports.briefing', { residenceId: t.residences.own }, t.tokens.administrator)).routines).toBe('Første udgave');
  });

  it('refuses a resident who does not live at the residence now, naming the field, and saves nothing', async () => {
    const former = citizenIn(t, 'own', { firstName: 'Flyttet', moveIn: '2020-01-01', moveOut: '2025-12-31' });
    const neighbour = citizenIn(t, 'other', { firstName: 'Nabo' });
    const error = expectCode(await save({ routines: 'Ny', residents: [{ citizenId: karen, text: 'Ok' }, { citizenId: neighbour, text: 'Nej' }] }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['residents.1.citizenId']);
    expect(error.message).toBe('Beboer: borgeren bor ikke i botilbuddet nu');
    expect(fieldPaths(expectCode(await save({ residents: [{ citizenId: former, text: 'Nej' }] }), 'INVALID_INPUT'))).toEqual(['residents.0.citizenId']);
    expect(fieldPaths(expectCode(await save({ residents: [{ citizenId: karen, text: 'A' }, { citizenId: karen, text: 'B' }] }), 'INVALID_INPUT'))).toEqual(['residents.1.citizenId']);
    expect(t.count('residence_briefings')).toBe(0);
    expect(t.count('citizen_briefings')).toBe(0);
  });

  it('names the field of a phone entry without a number', async () => {
    const error = expectCode(await save({ phoneNumbers: [{ label: 'Vagttelefon', phone: '' }] }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['phoneNumbers.0.phone']);
  });
});

describe('who may read and write it', () => {
  it('is the residence’s own afdelingsleder’s and the administrator’s; others are refused', async () => {
    expectCode(await read(t.tokens.afdelingsleder, t.residences.other), 'FORBIDDEN');
    expectCode(await read(t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await read(t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('reports.saveBriefing', { residenceId: t.residences.other, version: 0 }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await save({ routines: 'x' }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await read(t.tokens.administrator, 9999), 'NOT_FOUND');
    expect((await t.callOk('reports.briefing', { residenceId: t.residences.other }, t.tokens.administrator)).residenceName).toBe('Lærkehøj');
  });
});
