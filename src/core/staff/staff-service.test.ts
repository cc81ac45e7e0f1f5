// Protects staff (medarbejdere) through dispatch: Danish order, filters and folded search, unique
// employee numbers, an existing home residence, optimistic versions, who may write, and audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { compareDanish } from '../text/danish-sort-key';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const MEMBER = { name: 'Søren Ågård', title: 'Pædagog', employment: 'fast', employeeNumber: 'M100', homeResidenceId: null } satisfies InputOf<'staff.create'>;
const create = (extra: Partial<InputOf<'staff.create'>> = {}, token = admin) => t.callOk('staff.create', { ...MEMBER, ...extra }, token);
const names = async (input: InputOf<'staff.list'> = {}) => (await t.callOk('staff.list', input, admin)).map((member) => member.name);
const snapshot = () => ({ staff: t.count('staff'), audit: t.count('audit_log') });

describe('list', () => {
  it('lists active staff in Danish order; inactive on request', async () => {
    const people = ['Åse Ørum', 'Aage Berg', 'Zenia Holm', 'Ærbø Lund', 'Anders And', 'Øjvind Kjær'];
    for (const [index, name] of people.entries()) await create({ name, employeeNumber: `M${index}` });
    await create({ name: 'Bente Stoppet', employeeNumber: null, active: false });
    expect(await names()).toEqual([...people].sort(compareDanish));
    expect(await names({ includeInactive: true })).toEqual([...people, 'Bente Stoppet'].sort(compareDanish));
  });

  it('filters by home residence and searches name, number and title, case and æøå blind', async () => {
    await create({ name: 'Søren Ågård', homeResidenceId: t.residences.own });
    await create({ name: 'Ida Holm', employeeNumber: 'V7', title: 'Sygeplejerske', employment: 'vikar' });
    expect(await names({ residenceId: t.residences.own })).toEqual(['Søren Ågård']);
    expect(await names({ search: 'ÅGÅ' })).toEqual(['Søren Ågård']);
    expect(await names({ search: 'v7' })).toEqual(['Ida Holm']);
    expect(await names({ search: 'sygepl' })).toEqual(['Ida Holm']);
    expect(await names({ search: 'ingen' })).toEqual([]);
  });

  it('shows the home residence by name', async () => {
    const created = await create({ homeResidenceId: t.residences.own });
    expect(created).toEqual({ id: created.id, name: 'Søren Ågård', employeeNumber: 'M100', title: 'Pædagog', homeResidenceId: t.residences.own, homeResidenceName: 'Egebakken', employment: 'fast', active: true, competenceIds: [], weeklyMinutes: 0, activeFrom: null, activeTo: null, preferredResidenceIds: [], maxWeeklyMinutes: null, hourlyRateOre: null, version: 1 });
  });
});

describe('rules', () => {
  it('refuses an employee number in use, on employeeNumber, and changes nothing', async () => {
    const first = await create();
    const before = snapshot();
    const error = expectCode(await t.call('staff.create', { ...MEMBER, name: 'Anden' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['employeeNumber']);
    expect(error.message).toMatch(/M100 bruges allerede/);
    expect(snapshot()).toEqual(before);
    // Keeping one's own number on update is fine; several may have none.
    expect((await t.callOk('staff.update', { ...MEMBER, id: first.id, version: 1, title: 'Socialpædagog' }, admin)).title).toBe('Socialpædagog');
    await create({ name: 'Uden 1', employeeNumber: null });
    await create({ name: 'Uden 2', employeeNumber: '' });
  });

  it('refuses a home residence that does not exist or is archived, on homeResidenceId', async () => {
    const before = snapshot();
    expect(fieldPaths(expectCode(await t.call('staff.create', { ...MEMBER, homeResidenceId: 9999 }, admin), 'INVALID_INPUT'))).toEqual(['homeResidenceId']);
    await t.callOk('residences.archive', { id: t.residences.other }, admin);
    const archivedBefore = snapshot();
    expect(fieldPaths(expectCode(await t.call('staff.create', { ...MEMBER, homeResidenceId: t.residences.other }, admin), 'INVALID_INPUT'))).toEqual(['homeResidenceId']);
    expect(snapshot()).toEqual(archivedBefore);
    expect(before.staff).toBe(archivedBefore.staff);
  });

  it('a stale version is CONFLICT and changes nothing; an unknown member is NOT_FOUND', async () => {
    const created = await create();
    const updated = await t.callOk('staff.update', { ...MEMBER, id: created.id, version: 1, active: false }, admin);
    expect(updated).toMatchObject({ active: false, version: 2 });
    const before = snapshot();
    expect(expectCode(await t.call('staff.update', { ...MEMBER, id: created.id, version: 1, name: 'Gammel' }, admin), 'CONFLICT').message).toMatch(/ændret af en anden/);
    expect(snapshot()).toEqual(before);
    expectCode(await t.call('staff.update', { ...MEMBER, id: 9999, version: 1 }, admin), 'NOT_FOUND');
  });
});

describe('access and audit', () => {
  it('a vagtplanlaegger may write; an afdelingsleder reads; a medarbejder neither', async () => {
    const planned = await create({}, t.tokens.vagtplanlaegger);
    expect((await t.callOk('staff.list', {}, t.tokens.afdelingsleder)).map((m) => m.id)).toEqual([planned.id]);
    expectCode(await t.call('staff.create', { ...MEMBER, employeeNumber: 'X' }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('staff.list', {}, t.tokens.medarbejder), 'FORBIDDEN');
  });

  it('create and update leave audit rows naming the member, with no citizen', async () => {
    const mark = t.backend.services.audit.lastId();
    const created = await create();
    await t.callOk('staff.update', { ...MEMBER, id: created.id, version: 1, name: 'Søren Aagaard' }, admin);
    await t.callOk('staff.list', {}, admin);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.citizen_id])).toEqual([
      ['create', 'staff.create', 'Søren Ågård', null],
      ['update', 'staff.update', 'Søren Aagaard', null],
    ]);
  });
});
