// Protects competences through dispatch: Danish order, names unique regardless of case, versions,
// deactivation, who may write, and audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const create = (name: string, token = admin) => t.callOk('competences.create', { name }, token);

describe('competences', () => {
  it('lists active ones in Danish order; inactive on request', async () => {
    for (const name of ['Østrigsk kørekort', 'Medicindelegering', 'Ålegræs', 'Ærgoterapi', 'Kørekort']) await create(name);
    const first = (await t.callOk('competences.list', {}, admin))[0]!;
    await t.callOk('competences.update', { id: first.id, name: first.name, active: false, version: 1 }, admin);
    expect((await t.callOk('competences.list', {}, admin)).map((c) => c.name)).toEqual(['Medicindelegering', 'Ærgoterapi', 'Østrigsk kørekort', 'Ålegræs']);
    expect((await t.callOk('competences.list', { includeInactive: true }, t.tokens.medarbejder)).map((c) => c.name)).toEqual([
      'Kørekort',
      'Medicindelegering',
      'Ærgoterapi',
      'Østrigsk kørekort',
      'Ålegræs',
    ]);
  });

  it('refuses a name in use regardless of case, on name; renaming itself is fine', async () => {
    const licence = await create('Kørekort');
    const before = t.count('competences');
    const error = expectCode(await t.call('competences.create', { name: 'KØREKORT' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['name']);
    expect(error.message).toBe('Navn: kompetencen KØREKORT findes allerede');
    expect(t.count('competences')).toBe(before);
    expect(await t.callOk('competences.update', { id: licence.id, name: 'kørekort', active: true, version: 1 }, admin)).toEqual({ id: licence.id, name: 'kørekort', active: true, version: 2 });
    const medicine = await create('Medicin');
    expect(fieldPaths(expectCode(await t.call('competences.update', { id: medicine.id, name: 'Kørekort', active: true, version: 1 }, admin), 'INVALID_INPUT'))).toEqual(['name']);
  });

  it('a stale version is CONFLICT; an unknown competence NOT_FOUND', async () => {
    const licence = await create('Kørekort');
    await t.callOk('competences.update', { id: licence.id, name: 'Kørekort B', active: true, version: 1 }, admin);
    expectCode(await t.call('competences.update', { id: licence.id, name: 'Kørekort C', active: true, version: 1 }, admin), 'CONFLICT');
    expectCode(await t.call('competences.update', { id: 9999, name: 'X', active: true, version: 1 }, admin), 'NOT_FOUND');
  });

  it('a planner writes; an afdelingsleder and a medarbejder do not; writes are audited', async () => {
    const mark = t.backend.services.audit.lastId();
    const licence = await create('Kørekort', t.tokens.vagtplanlaegger);
    await t.callOk('competences.update', { id: licence.id, name: 'Kørekort B', active: true, version: 1 }, admin);
    expectCode(await t.call('competences.create', { name: 'X' }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('competences.create', { name: 'X' }, t.tokens.medarbejder), 'FORBIDDEN');
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.detail])).toEqual([
      ['create', 'competences.create', 'Kørekort', null],
      ['update', 'competences.update', 'Kørekort B', 'Tidligere navn: Kørekort'],
    ]);
  });
});
