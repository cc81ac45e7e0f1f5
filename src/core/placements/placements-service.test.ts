// Protects placements (bevillinger) through dispatch: municipality and legal-basis checks, periods
// that never overlap (inclusive dates, open end = until further notice), who may see and change them,
// an audit row naming the citizen on every call, and nothing half-saved when a call is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';

let t: TestBackend;
let admin: string;
let citizenId: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  citizenId = citizenIn(t, 'own');
});
afterEach(() => t.close());

const PLACEMENT = {
  actingMunicipalityCode: '0751',
  payingMunicipalityCode: '0740',
  caseWorkerName: 'Sara Sagsbehandler',
  caseWorkerPhone: '87 13 00 00',
  caseWorkerEmail: 'sara@aarhus.example',
  legalBasisCode: 'sel-108',
  dailyRateOre: 412_550,
  startDate: '2025-01-01',
  endDate: null,
} satisfies Omit<InputOf<'placements.create'>, 'citizenId'>;

type Fields = Partial<Omit<InputOf<'placements.create'>, 'citizenId'>>;
const create = (fields: Fields = {}, token = admin, citizen = citizenId) => t.call('placements.create', { ...PLACEMENT, ...fields, citizenId: citizen }, token);
const createOk = (fields: Fields = {}) => t.callOk('placements.create', { ...PLACEMENT, ...fields, citizenId }, admin);
const snapshot = () => ({ placements: t.count('placements'), audit: t.count('audit_log') });

describe('create and list', () => {
  it('creates a placement with municipality names, the legal basis label and the rate in øre', async () => {
    const created = await createOk();
    expect(created).toEqual({
      id: created.id,
      citizenId,
      actingMunicipalityCode: '0751',
      actingMunicipalityName: 'Aarhus',
      payingMunicipalityCode: '0740',
      payingMunicipalityName: 'Silkeborg',
      caseWorkerName: 'Sara Sagsbehandler',
      caseWorkerPhone: '87 13 00 00',
      caseWorkerEmail: 'sara@aarhus.example',
      legalBasisCode: 'sel-108',
      legalBasisLabel: 'Serviceloven § 108 – Længerevarende botilbud',
      dailyRateOre: 412_550,
      startDate: '2025-01-01',
      endDate: null,
      current: true,
    });
  });

  it('lists newest first; current means the period covers today (2026-03-02), both ends inclusive', async () => {
    await createOk({ startDate: '2024-01-01', endDate: '2024-12-31' });
    await createOk({ startDate: '2026-03-03', endDate: null });
    await createOk({ startDate: '2025-01-01', endDate: '2026-03-02' });
    const listed = await t.callOk('placements.list', { citizenId }, admin);
    expect(listed.map((p) => [p.startDate, p.current])).toEqual([
      ['2026-03-03', false],
      ['2025-01-01', true],
      ['2024-01-01', false],
    ]);
  });

  it('a placement starting today is current', async () => {
    expect((await createOk({ startDate: '2026-03-02' })).current).toBe(true);
  });

  it('an unknown citizen is NOT_FOUND', async () => {
    expectCode(await t.call('placements.list', { citizenId: 99999 }, admin), 'NOT_FOUND');
    expectCode(await create({}, admin, 99999), 'NOT_FOUND');
  });
});

describe('municipalities and legal basis', () => {
  it('refuses an unknown acting municipality with INVALID_INPUT on the field, saving nothing', async () => {
    const before = snapshot();
    const error = expectCode(await create({ actingMunicipalityCode: '0999' }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['actingMunicipalityCode']);
    expect(error.message).toBe('Handlekommune: vælg en kommune fra listen');
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unknown paying municipality; both unknown names both fields', async () => {
    expect(fieldPaths(expectCode(await create({ payingMunicipalityCode: '1234' }), 'INVALID_INPUT'))).toEqual(['payingMunicipalityCode']);
    const both = expectCode(await create({ actingMunicipalityCode: '0998', payingMunicipalityCode: '0999' }), 'INVALID_INPUT');
    expect(fieldPaths(both)).toEqual(['actingMunicipalityCode', 'payingMunicipalityCode']);
    expect(both.fields!.find((f) => f.path === 'payingMunicipalityCode')!.message).toBe('Betalingskommune: vælg en kommune fra listen');
  });

  it('refuses an unknown legal basis, and a deactivated one for a new placement', async () => {
    expect(fieldPaths(expectCode(await create({ legalBasisCode: 'sel-999' }), 'INVALID_INPUT'))).toEqual(['legalBasisCode']);
    const kept = await createOk({ startDate: '2024-01-01', endDate: '2024-12-31' });
    await t.callOk('residences.updateLegalBasis', { code: 'sel-108', paragraph: 'Serviceloven § 108', title: 'Længerevarende botilbud', active: false }, admin);
    const before = snapshot();
    expect(fieldPaths(expectCode(await create(), 'INVALID_INPUT'))).toEqual(['legalBasisCode']);
    expect(snapshot()).toEqual(before);
    // An existing placement keeps its (now deactivated) basis when edited, but cannot switch to another deactivated one.
    const edited = await t.callOk('placements.update', { ...PLACEMENT, id: kept.id, startDate: '2024-01-01', endDate: '2024-12-31', dailyRateOre: 1 }, admin);
    expect(edited).toMatchObject({ legalBasisCode: 'sel-108', dailyRateOre: 1 });
    await t.callOk('residences.createLegalBasis', { code: 'gammel', paragraph: '§ 1', title: 'Udgået', active: false }, admin);
    expect(fieldPaths(expectCode(await t.call('placements.update', { ...PLACEMENT, id: kept.id, legalBasisCode: 'gammel' }, admin), 'INVALID_INPUT'))).toEqual(['legalBasisCode']);
  });

  it('the schema refuses a negative or fractional rate and an end before the start', async () => {
    expect(fieldPaths(expectCode(await create({ dailyRateOre: -1 }), 'INVALID_INPUT'))).toEqual(['dailyRateOre']);
    expect(fieldPaths(expectCode(await create({ dailyRateOre: 2500.5 }), 'INVALID_INPUT'))).toEqual(['dailyRateOre']);
    expect(fieldPaths(expectCode(await create({ startDate: '2025-02-01', endDate: '2025-01-31' }), 'INVALID_INPUT'))).toEqual(['endDate']);
  });

  it('a one-day placement (start = end) is allowed', async () => {
    expect(await createOk({ startDate: '2025-05-05', endDate: '2025-05-05' })).toMatchObject({ startDate: '2025-05-05', endDate: '2025-05-05' });
  });
});

describe('periods never overlap', () => {
  it('a placement ending the day before the next starts is fine', async () => {
    await createOk({ startDate: '2025-01-01', endDate: '2025-06-30' });
    await createOk({ startDate: '2025-07-01', endDate: null });
    expect(t.count('placements')).toBe(2);
  });

  it('sharing one day is refused on startDate, naming the other period in dd-mm-åååå', async () => {
    await createOk({ startDate: '2025-01-01', endDate: '2025-06-30' });
    const before = snapshot();
    const error = expectCode(await create({ startDate: '2025-06-30', endDate: '2025-12-31' }), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['startDate']);
    expect(error.message).toBe('Startdato: perioden overlapper borgerens bevilling 01-01-2025 – 30-06-2025');
    expect(snapshot()).toEqual(before);
  });

  it('a new placement ending on the day the other starts is refused', async () => {
    await createOk({ startDate: '2025-07-01', endDate: null });
    expect(fieldPaths(expectCode(await create({ startDate: '2025-01-01', endDate: '2025-07-01' }), 'INVALID_INPUT'))).toEqual(['startDate']);
    await createOk({ startDate: '2025-01-01', endDate: '2025-06-30' });
  });

  it('an open-ended placement followed by another is refused, however far ahead', async () => {
    await createOk({ startDate: '2025-01-01', endDate: null });
    const error = expectCode(await create({ startDate: '2040-01-01', endDate: '2040-12-31' }), 'INVALID_INPUT');
    expect(error.message).toBe('Startdato: perioden overlapper borgerens bevilling fra 01-01-2025 indtil videre');
  });

  it('a new open-ended placement before an existing one is refused; one inside another too', async () => {
    await createOk({ startDate: '2025-01-01', endDate: '2025-12-31' });
    expect(fieldPaths(expectCode(await create({ startDate: '2024-01-01', endDate: null }), 'INVALID_INPUT'))).toEqual(['startDate']);
    expect(fieldPaths(expectCode(await create({ startDate: '2025-03-01', endDate: '2025-03-31' }), 'INVALID_INPUT'))).toEqual(['startDate']);
    expect(fieldPaths(expectCode(await create({ startDate: '2024-01-01', endDate: '2026-12-31' }), 'INVALID_INPUT'))).toEqual(['startDate']);
  });

  it('another citizen\'s placements do not count', async () => {
    await createOk({ startDate: '2025-01-01', endDate: null });
    const other = citizenIn(t, 'own');
    expect((await create({}, admin, other)).ok).toBe(true);
  });

  it('update checks overlap against the others, not itself: ending an open placement makes room for the next', async () => {
    const first = await createOk({ startDate: '2025-01-01', endDate: null });
    expect(fieldPaths(expectCode(await create({ startDate: '2026-04-01' }), 'INVALID_INPUT'))).toEqual(['startDate']);
    const ended = await t.callOk('placements.update', { ...PLACEMENT, id: first.id, startDate: '2025-01-01', endDate: '2026-03-31' }, admin);
    expect(ended).toMatchObject({ endDate: '2026-03-31', current: true });
    const next = await createOk({ startDate: '2026-04-01', dailyRateOre: 450_000 });
    // Moving the first back over the second is refused and changes nothing.
    const before = snapshot();
    const error = expectCode(await t.call('placements.update', { ...PLACEMENT, id: first.id, startDate: '2025-01-01', endDate: '2026-04-01' }, admin), 'INVALID_INPUT');
    expect(error.message).toMatch(/fra 01-04-2026 indtil videre/);
    expect(snapshot()).toEqual(before);
    expect((await t.callOk('placements.list', { citizenId }, admin)).map((p) => [p.id, p.endDate])).toEqual([
      [next.id, null],
      [first.id, '2026-03-31'],
    ]);
  });
});

describe('update and delete', () => {
  it('updates every field', async () => {
    const created = await createOk();
    const updated = await t.callOk(
      'placements.update',
      { id: created.id, actingMunicipalityCode: '0730', payingMunicipalityCode: '0730', caseWorkerName: '', caseWorkerPhone: null, caseWorkerEmail: null, legalBasisCode: 'sel-107', dailyRateOre: 300_000, startDate: '2025-02-01', endDate: '2025-12-31' },
      admin,
    );
    expect(updated).toMatchObject({
      actingMunicipalityName: 'Randers',
      payingMunicipalityName: 'Randers',
      caseWorkerName: null,
      legalBasisLabel: 'Serviceloven § 107 – Midlertidigt botilbud',
      dailyRateOre: 300_000,
      startDate: '2025-02-01',
      endDate: '2025-12-31',
      current: false,
    });
  });

  it('deletes a placement; an unknown or deleted one is NOT_FOUND', async () => {
    const created = await createOk();
    expect(await t.callOk('placements.delete', { id: created.id }, admin)).toEqual({});
    expect(t.count('placements')).toBe(0);
    expectCode(await t.call('placements.delete', { id: created.id }, admin), 'NOT_FOUND');
    expectCode(await t.call('placements.update', { ...PLACEMENT, id: created.id }, admin), 'NOT_FOUND');
  });
});

describe('who may see and change placements', () => {
  it('the afdelingsleder manages placements of citizens in their residences; elsewhere FORBIDDEN, nothing saved', async () => {
    const leader = t.tokens.afdelingsleder;
    const own = await t.callOk('placements.create', { ...PLACEMENT, citizenId }, leader);
    expect((await t.callOk('placements.list', { citizenId }, leader)).length).toBe(1);
    await t.callOk('placements.update', { ...PLACEMENT, id: own.id, dailyRateOre: 5 }, leader);

    const stranger = citizenIn(t, 'other');
    const theirs = await t.callOk('placements.create', { ...PLACEMENT, citizenId: stranger }, admin);
    const before = snapshot();
    expectCode(await t.call('placements.list', { citizenId: stranger }, leader), 'FORBIDDEN');
    expectCode(await create({}, leader, stranger), 'FORBIDDEN');
    expectCode(await t.call('placements.update', { ...PLACEMENT, id: theirs.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('placements.delete', { id: theirs.id }, leader), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
    await t.callOk('placements.delete', { id: own.id }, leader);
  });

  it('a moved-out citizen stays visible to the residence of their latest stay', async () => {
    const movedOut = citizenIn(t, 'own', { moveIn: '2020-01-01', moveOut: '2025-12-31' });
    expect(await t.callOk('placements.list', { citizenId: movedOut }, t.tokens.afdelingsleder)).toEqual([]);
  });

  it('the medarbejder reads but does not write; the vagtplanlægger does neither', async () => {
    const created = await createOk();
    expect((await t.callOk('placements.list', { citizenId }, t.tokens.medarbejder)).length).toBe(1);
    expectCode(await create({}, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('placements.delete', { id: created.id }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('placements.list', { citizenId }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await create({}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });
});

describe('audit', () => {
  it('every call leaves one row naming the citizen and the user; list is a read', async () => {
    const created = await createOk();
    await t.callOk('placements.update', { ...PLACEMENT, id: created.id, endDate: '2026-12-31' }, admin);
    await t.callOk('placements.list', { citizenId }, t.tokens.medarbejder);
    await t.callOk('placements.delete', { id: created.id }, admin);
    const rows = auditRows(t.backend).filter((row) => row.method.startsWith('placements.'));
    expect(rows.map((row) => [row.method, row.action, row.citizen_id, row.username])).toEqual([
      ['placements.create', 'create', citizenId, 'admin'],
      ['placements.update', 'update', citizenId, 'admin'],
      ['placements.list', 'read', citizenId, 'medarbejder'],
      ['placements.delete', 'delete', citizenId, 'admin'],
    ]);
    expect(rows[1]!.subject).toBe('Aarhus, 01-01-2025 – 31-12-2026');
  });

  it('a refused call leaves no audit row', async () => {
    const before = snapshot();
    await create({ actingMunicipalityCode: '0999' });
    await create({}, t.tokens.afdelingsleder, citizenIn(t, 'other'));
    expect(snapshot()).toEqual(before);
  });
});
