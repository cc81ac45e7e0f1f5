// Protects residences (botilbud) through dispatch: Danish order, unique names (case- and aa/å-blind),
// optimistic versions, archiving, who may see and change which residence, and an audit row per write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, RESIDENCE_INPUT, type TestBackend } from '../../../tests/fixtures/backend';
import { compareDanish } from '../text/danish-sort-key';
import { createResidencesQueries } from './residences-queries';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const create = (name: string, extra: Partial<typeof RESIDENCE_INPUT> = {}) => t.callOk('residences.create', { ...RESIDENCE_INPUT, ...extra, name }, admin);
const names = (rows: Array<{ name: string }>) => rows.map((row) => row.name);
/** Counts that must not move when a call fails. */
const snapshot = () => ({ residences: t.count('residences'), audit: t.count('audit_log'), bases: t.count('legal_bases') });

describe('create, get and list', () => {
  it('creates a residence with its fields, version 1 and the legal basis label', async () => {
    const created = await create('Solsikken', { postalCode: ' 8200 ', email: '' });
    expect(created).toMatchObject({
      name: 'Solsikken',
      postalCode: '8200',
      email: null,
      legalBasisCode: 'sel-108',
      legalBasisLabel: 'Serviceloven § 108 – Længerevarende botilbud',
      places: 8,
      archivedAt: null,
      version: 1,
      createdAt: t.clock.now().toISOString(),
    });
    expect(await t.callOk('residences.get', { id: created.id }, admin)).toEqual(created);
  });

  it('lists in Danish alphabetical order: æ, ø, å last and "aa" as å', async () => {
    for (const name of ['Åbrinken', 'Zinnia', 'Ørnereden', 'Aalborghus', 'Æblehaven', 'Bøgely', 'Anemonen', 'Ågården']) await create(name);
    const listed = names(await t.callOk('residences.list', {}, admin));
    expect(listed).toEqual([...listed].sort(compareDanish));
    expect(listed).toEqual(['Anemonen', 'Bøgely', 'Egebakken', 'Lærkehøj', 'Zinnia', 'Æblehaven', 'Ørnereden', 'Åbrinken', 'Ågården', 'Aalborghus']);
  });

  it('searches name, city and target group, ignoring case also for æ, ø and å', async () => {
    await create('Ørnereden', { city: 'Århus', targetGroup: 'Unge med autisme' });
    const search = async (text: string) => names(await t.callOk('residences.list', { search: text }, admin));
    expect(await search('ørnereden')).toEqual(['Ørnereden']);
    expect(await search('ØRNE')).toEqual(['Ørnereden']);
    expect(await search('århus')).toEqual(['Ørnereden']);
    expect(await search('AUTISME')).toEqual(['Ørnereden']);
    expect(await search('egebak')).toEqual(['Egebakken']);
    expect(await search('   ')).toEqual(['Egebakken', 'Lærkehøj', 'Ørnereden']);
    expect(await search('findes ikke')).toEqual([]);
  });

  it('an unknown id is NOT_FOUND', async () => {
    expectCode(await t.call('residences.get', { id: 99999 }, admin), 'NOT_FOUND');
  });
});

describe('names and legal bases', () => {
  it.each(['egebakken', 'EGEBAKKEN', ' Egebakken '])('refuses duplicate name "%s" with INVALID_INPUT on name', async (name) => {
    const before = snapshot();
    const error = expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['name']);
    expect(error.message).toMatch(/findes allerede/);
    expect(snapshot()).toEqual(before);
  });

  it('treats "aa" and "å" as the same letter when checking for duplicates', async () => {
    await create('Åbrinken');
    expect(fieldPaths(expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name: 'Aabrinken' }, admin), 'INVALID_INPUT'))).toEqual(['name']);
  });

  it('refuses renaming to another residence\'s name, but keeps its own name on update', async () => {
    const own = await t.callOk('residences.get', { id: t.residences.own }, admin);
    const error = expectCode(await t.call('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: 'LÆRKEHØJ' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['name']);
    const updated = await t.callOk('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: 'egebakken', places: 9 }, admin);
    expect(updated).toMatchObject({ name: 'egebakken', places: 9 });
  });

  it('refuses an unknown legal basis with INVALID_INPUT on legalBasisCode', async () => {
    const before = snapshot();
    const error = expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name: 'Ny', legalBasisCode: 'sel-999' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['legalBasisCode']);
    expect(snapshot()).toEqual(before);
  });

  it('a deactivated legal basis cannot be chosen, but a residence that has it can still be edited', async () => {
    const own = await t.callOk('residences.get', { id: t.residences.own }, admin);
    await t.callOk('residences.updateLegalBasis', { code: 'sel-108', paragraph: 'Serviceloven § 108', title: 'Længerevarende botilbud', active: false }, admin);
    await t.callOk('residences.createLegalBasis', { code: 'gammel', paragraph: '§ 1', title: 'Udgået', active: false }, admin);
    expect((await t.callOk('residences.legalBases', {}, admin)).map((b) => b.code)).toEqual(['sel-107', 'sel-85']);
    expect((await t.callOk('residences.legalBases', { includeInactive: true }, admin)).map((b) => b.code)).toEqual(['sel-107', 'sel-108', 'sel-85', 'gammel']);

    expect(fieldPaths(expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name: 'Ny' }, admin), 'INVALID_INPUT'))).toEqual(['legalBasisCode']);
    const kept = await t.callOk('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: own.name, places: 3 }, admin);
    expect(kept).toMatchObject({ legalBasisCode: 'sel-108', places: 3 });
    // Switching to another deactivated basis is refused.
    const error = expectCode(await t.call('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: kept.version, name: own.name, legalBasisCode: 'gammel' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['legalBasisCode']);
  });
});

describe('versions and archiving', () => {
  it('update bumps the version; a stale version is CONFLICT and changes nothing', async () => {
    const own = await t.callOk('residences.get', { id: t.residences.own }, admin);
    t.clock.advance(60_000);
    const first = await t.callOk('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: own.name, places: 5 }, admin);
    expect(first.version).toBe(own.version + 1);
    expect(first.updatedAt).toBe(t.clock.now().toISOString());
    expect(first.createdAt).toBe(own.createdAt);

    const before = snapshot();
    const error = expectCode(await t.call('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: own.name, places: 12 }, admin), 'CONFLICT');
    expect(error.message).toMatch(/ændret af en anden/);
    expect(snapshot()).toEqual(before);
    expect((await t.callOk('residences.get', { id: own.id }, admin)).places).toBe(5);
  });

  it('archive hides a residence from the list, restore brings it back', async () => {
    const archived = await t.callOk('residences.archive', { id: t.residences.other }, admin);
    expect(archived.archivedAt).toBe(t.clock.now().toISOString());
    expect(names(await t.callOk('residences.list', {}, admin))).toEqual(['Egebakken']);
    expect(names(await t.callOk('residences.list', { includeArchived: true }, admin))).toEqual(['Egebakken', 'Lærkehøj']);
    expectCode(await t.call('residences.archive', { id: t.residences.other }, admin), 'CONFLICT');

    const restored = await t.callOk('residences.restore', { id: t.residences.other }, admin);
    expect(restored.archivedAt).toBeNull();
    expect(restored.version).toBe(archived.version + 1);
    expectCode(await t.call('residences.restore', { id: t.residences.other }, admin), 'CONFLICT');
  });

  it('an archived residence cannot be edited (CONFLICT), and nothing is saved', async () => {
    const archived = await t.callOk('residences.archive', { id: t.residences.other }, admin);
    const before = snapshot();
    const error = expectCode(await t.call('residences.update', { ...RESIDENCE_INPUT, id: archived.id, version: archived.version, name: 'Nyt navn' }, admin), 'CONFLICT');
    expect(error.message).toMatch(/arkiveret/);
    expect(snapshot()).toEqual(before);
    expect((await t.callOk('residences.get', { id: archived.id }, admin)).name).toBe('Lærkehøj');
  });
});

describe('who may see and change what', () => {
  it('an afdelingsleder sees only assigned residences and is FORBIDDEN on the others', async () => {
    const leader = t.tokens.afdelingsleder;
    expect(names(await t.callOk('residences.list', { includeArchived: true }, leader))).toEqual(['Egebakken']);
    expect((await t.callOk('residences.get', { id: t.residences.own }, leader)).name).toBe('Egebakken');
    const other = await t.callOk('residences.get', { id: t.residences.other }, admin);

    const before = snapshot();
    expectCode(await t.call('residences.get', { id: other.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('residences.update', { ...RESIDENCE_INPUT, id: other.id, version: other.version, name: 'Overtaget' }, leader), 'FORBIDDEN');
    expectCode(await t.call('residences.archive', { id: other.id }, leader), 'FORBIDDEN');
    expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name: 'Eget nyt' }, leader), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
  });

  it('an afdelingsleder can edit an assigned residence', async () => {
    const own = await t.callOk('residences.get', { id: t.residences.own }, t.tokens.afdelingsleder);
    const updated = await t.callOk('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: own.name, places: 11 }, t.tokens.afdelingsleder);
    expect(updated.places).toBe(11);
    expect(auditRows(t.backend, 'residences.update').at(-1)).toMatchObject({ username: 'leder', subject: 'Egebakken' });
  });

  it('a medarbejder reads the assigned residence and cannot write', async () => {
    const staff = t.tokens.medarbejder;
    expect(names(await t.callOk('residences.list', {}, staff))).toEqual(['Egebakken']);
    expectCode(await t.call('residences.get', { id: t.residences.other }, staff), 'FORBIDDEN');
    const own = await t.callOk('residences.get', { id: t.residences.own }, staff);
    const before = snapshot();
    expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name: 'Ny' }, staff), 'FORBIDDEN');
    expectCode(await t.call('residences.update', { ...RESIDENCE_INPUT, id: own.id, version: own.version, name: own.name }, staff), 'FORBIDDEN');
    expectCode(await t.call('residences.archive', { id: own.id }, staff), 'FORBIDDEN');
    expect(snapshot()).toEqual(before);
  });

  it('a vagtplanlaegger reads every residence but cannot write', async () => {
    const planner = t.tokens.vagtplanlaegger;
    expect(names(await t.callOk('residences.list', {}, planner))).toEqual(['Egebakken', 'Lærkehøj']);
    expect((await t.callOk('residences.get', { id: t.residences.other }, planner)).name).toBe('Lærkehøj');
    expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, name: 'Ny' }, planner), 'FORBIDDEN');
  });
});

describe('legal bases', () => {
  it('refuses to create a legal basis whose code exists, naming the code, and changes nothing', async () => {
    const error = expectCode(await t.call('residences.createLegalBasis', { code: 'sel-108', paragraph: '§ x', title: 'Overskrevet' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['code']);
    const bases = await t.callOk('residences.legalBases', {}, admin);
    expect(bases.find((basis) => basis.code === 'sel-108')?.title).toBe('Længerevarende botilbud');
  });

  it('updates only an existing legal basis', async () => {
    expectCode(await t.call('residences.updateLegalBasis', { code: 'findes-ikke', paragraph: '§ 1', title: 'Ny' }, admin), 'NOT_FOUND');
    const updated = await t.callOk('residences.updateLegalBasis', { code: 'sel-85', paragraph: 'Serviceloven § 85', title: 'Socialpædagogisk støtte' }, admin);
    expect(updated.title).toBe('Socialpædagogisk støtte');
  });
});

describe('audit', () => {
  it('every write leaves an audit row naming the user and the residence', async () => {
    const before = auditRows(t.backend).length;
    const created = await create('Revisionshuset');
    const updated = await t.callOk('residences.update', { ...RESIDENCE_INPUT, id: created.id, version: created.version, name: 'Revisionshuset', places: 2 }, admin);
    await t.callOk('residences.archive', { id: updated.id }, admin);
    await t.callOk('residences.restore', { id: updated.id }, admin);
    await t.callOk('residences.createLegalBasis', { code: 'sel-109', paragraph: 'Serviceloven § 109', title: 'Krisecentre' }, admin);
    await t.callOk('residences.list', {}, admin);
    expect(auditRows(t.backend).slice(before).map((row) => [row.action, row.method, row.username, row.subject])).toEqual([
      ['create', 'residences.create', 'admin', 'Revisionshuset'],
      ['update', 'residences.update', 'admin', 'Revisionshuset'],
      ['update', 'residences.archive', 'admin', 'Revisionshuset'],
      ['update', 'residences.restore', 'admin', 'Revisionshuset'],
      ['create', 'residences.createLegalBasis', 'admin', 'Serviceloven § 109 – Krisecentre'],
    ]);
  });
});

describe('query plans', () => {
  const plan = (source: string, params: unknown) =>
    (t.backend.db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(params as never) as Array<{ detail: string }>).map((row) => row.detail).join('\n');

  it('the sorted list reads the name_sort index instead of sorting', () => {
    const q = createResidencesQueries(t.backend.db);
    const detail = plan(q.list.source, { includeArchived: 0 });
    expect(detail).toMatch(/SCAN r USING INDEX residences_name_unique/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('the duplicate-name check is an index lookup', () => {
    const q = createResidencesQueries(t.backend.db);
    expect(plan(q.idByNameSort.source, ['x'])).toMatch(/SEARCH residences USING COVERING INDEX residences_name_unique \(name_sort=\?\)/);
  });
});
