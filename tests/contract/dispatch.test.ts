// Protects dispatch, the only door into the core: every contract method has a handler, failures that
// are not the caller's fault answer INTERNAL without internals, and a failed write leaves nothing behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/backend/dispatch';
import { createRouter, staged, type Router } from '../../src/backend/router';
import type { ChangeEvent } from '../../src/backend/dispatch';
import { contract } from '../../src/contract';
import type { ReportSummary } from '../../src/contract/areas/reports';
import { DomainError } from '../../src/core/common/domain-error';
import { auditRows, createTestBackend, expectCode, RESIDENCE_INPUT, type TestBackend } from '../fixtures/backend';
import { METHOD_NAMES } from './contract-helpers';

const INTERNAL_MESSAGE = 'Der opstod en uventet fejl. Prøv igen, og kontakt support, hvis fejlen bliver ved.';

let t: TestBackend;
let internalErrors: Array<{ method: string; error: unknown }>;
beforeEach(async () => {
  internalErrors = [];
  t = await createTestBackend({ onInternalError: (method, error) => internalErrors.push({ method, error }) });
});
afterEach(() => t.close());

/** A dispatch over the real services whose router has some entries replaced. */
function dispatchWith(overrides: Partial<Router>) {
  const router = { ...createRouter(t.backend.services, t.backend.system), ...overrides } as Router;
  return createDispatch(t.backend.services, router, { onInternalError: (method, error) => internalErrors.push({ method, error }) });
}

describe('the router', () => {
  it('has a handler for every contract method and nothing else', () => {
    const router = createRouter(t.backend.services, t.backend.system);
    expect(Object.keys(router).sort()).toEqual([...METHOD_NAMES].sort());
    for (const [name, entry] of Object.entries(router)) {
      const handlers = typeof entry === 'function' ? [entry] : 'ownTransaction' in entry ? [entry.ownTransaction] : [entry.read, entry.then];
      for (const handler of handlers) expect(typeof handler, name).toBe('function');
    }
  });

  it('every method is named area.verb and has a summary', () => {
    for (const name of METHOD_NAMES) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(contract[name].summary.length, name).toBeGreaterThan(5);
    }
  });
});

describe('INTERNAL', () => {
  it('a database failure answers INTERNAL in Danish, without SQL, stack or table names, and is logged', async () => {
    t.backend.db.exec('DROP TABLE user_residences');
    const envelope = await t.call('users.create', { username: 'ny', displayName: 'Ny Bruger', role: 'vagtplanlaegger', password: 'langt-nok-kodeord' }, t.tokens.administrator);
    const error = expectCode(envelope, 'INTERNAL');
    expect(error.message).toBe(INTERNAL_MESSAGE);
    expect(error.fields).toBeUndefined();
    const text = JSON.stringify(envelope);
    for (const leak of ['user_residences', 'SQLITE', 'no such table', 'DELETE', '    at ', '.ts:']) expect(text).not.toContain(leak);
    expect(internalErrors).toHaveLength(1);
    expect(internalErrors[0]!.method).toBe('users.create');
    expect(String(internalErrors[0]!.error)).toMatch(/no such table/);
    // And the half-done user row was rolled back.
    expect(t.backend.services.users.findByUsername('ny')).toBeUndefined();
  });

  it('a thrown programming error answers INTERNAL without its message', async () => {
    const dispatch = dispatchWith({
      'residences.list': () => {
        throw new TypeError("SELECT * FROM residences WHERE secret = 'x' failed at /home/kerne/src/core/x.ts:12");
      },
    });
    const envelope = await dispatch({ method: 'residences.list', input: {}, token: t.tokens.administrator });
    expect(expectCode(envelope, 'INTERNAL').message).toBe(INTERNAL_MESSAGE);
    expect(JSON.stringify(envelope)).not.toMatch(/SELECT|secret|x\.ts/);
    expect(internalErrors.map((e) => e.method)).toEqual(['residences.list']);
  });

  it('output that breaks the contract is INTERNAL, not passed on', async () => {
    const dispatch = dispatchWith({ 'auth.me': () => ({ id: 'not a number' }) as never });
    expectCode(await dispatch({ method: 'auth.me', input: {}, token: t.tokens.administrator }), 'INTERNAL');
  });

  it('a promise returned inside a transaction is INTERNAL (async work must use ownTransaction)', async () => {
    const dispatch = dispatchWith({ 'residences.list': (async () => []) as never });
    expectCode(await dispatch({ method: 'residences.list', input: {}, token: t.tokens.administrator }), 'INTERNAL');
  });
});

describe('staged methods (work after the transaction, such as rendering a PDF)', () => {
  const SUMMARY: ReportSummary = {
    id: 1, kind: 'occupancy', title: 'Belægning', subject: 'Alle botilbud', periodFrom: null, periodTo: null, citizenId: null, municipalityCode: null,
    regionCode: null, residenceId: null, fileName: 'x.pdf', pageCount: 1, byteSize: 10, sha256: 'a'.repeat(64), fullCpr: false,
    generatedAt: '2026-01-01T00:00:00.000Z', generatedBy: 'admin', sentAt: null, sentBy: null, recipient: null, warnings: [],
  };

  it('a citizen-data method whose read step writes no audit entry is INTERNAL and never reaches its second step', async () => {
    let secondStepRan = false;
    const dispatch = dispatchWith({
      'reports.generateVikarmappe': staged(() => 'prepared', async () => {
        secondStepRan = true;
        return SUMMARY;
      }),
    });
    expectCode(await dispatch({ method: 'reports.generateVikarmappe', input: { residenceId: 1 }, token: t.tokens.administrator }), 'INTERNAL');
    expect(secondStepRan).toBe(false);
  });

  it("the read step commits before the second step runs, and the second step's output is validated", async () => {
    const seen: number[] = [];
    const dispatch = dispatchWith({
      'reports.generateOccupancy': staged(
        (_input, { actor }) => t.backend.services.residences.create(actor, RESIDENCE_INPUT).id,
        async (id) => {
          seen.push(t.backend.db.prepare('SELECT count(*) AS n FROM residences WHERE id = ?').get(id) ? 1 : 0);
          return SUMMARY;
        },
      ),
    });
    const input = { from: '2026-01-01', to: '2026-01-31', residenceId: null };
    expect((await dispatch({ method: 'reports.generateOccupancy', input, token: t.tokens.administrator })).ok).toBe(true);
    expect(seen).toEqual([1]);
    const broken = dispatchWith({ 'reports.generateOccupancy': staged(() => 1, async () => ({ ...SUMMARY, id: 'x' }) as never) });
    expectCode(await broken({ method: 'reports.generateOccupancy', input, token: t.tokens.administrator }), 'INTERNAL');
  });
});

describe('transactions', () => {
  it('a write that fails after writing leaves no row and no audit entry behind', async () => {
    const before = { residences: t.count('residences'), audit: t.count('audit_log') };
    const dispatch = dispatchWith({
      'residences.create': (input, { actor }) => {
        t.backend.services.residences.create(actor, input);
        throw new DomainError('CONFLICT', 'Noget gik galt efter oprettelsen.');
      },
    });
    const error = expectCode(await dispatch({ method: 'residences.create', input: RESIDENCE_INPUT, token: t.tokens.administrator }), 'CONFLICT');
    expect(error.message).toBe('Noget gik galt efter oprettelsen.');
    expect({ residences: t.count('residences'), audit: t.count('audit_log') }).toEqual(before);
  });

  it('a domain error keeps its code, Danish message and fields', async () => {
    const error = expectCode(await t.call('residences.create', { ...RESIDENCE_INPUT, legalBasisCode: 'findes-ikke' }, t.tokens.administrator), 'INVALID_INPUT');
    expect(error.fields).toEqual([{ path: 'legalBasisCode', message: 'Lovgrundlag: vælg et lovgrundlag fra listen' }]);
    expect(internalErrors).toEqual([]);
  });
});

describe('change events', () => {
  it('a successful write notifies listeners; reads and failed writes do not', async () => {
    const events: ChangeEvent[] = [];
    const unsubscribe = t.backend.subscribe((event) => events.push(event));
    await t.callOk('residences.list', {}, t.tokens.administrator);
    await t.call('residences.create', { ...RESIDENCE_INPUT, legalBasisCode: 'findes-ikke' }, t.tokens.administrator);
    await t.callOk('residences.create', RESIDENCE_INPUT, t.tokens.administrator);
    unsubscribe();
    await t.callOk('residences.create', { ...RESIDENCE_INPUT, name: 'Efter afmelding' }, t.tokens.administrator);
    expect(events).toEqual([{ type: 'changed', method: 'residences.create' }]);
  });
});

describe('the CLI door (asActor)', () => {
  it('runs a method as a named user with the same permission checks and audit', async () => {
    const planner = t.backend.actorByUsername('planlaegger');
    expectCode(await t.backend.dispatch.asActor(planner, 'residences.create', RESIDENCE_INPUT), 'FORBIDDEN');
    const admin = t.backend.actorByUsername('ADMIN');
    const envelope = await t.backend.dispatch.asActor(admin, 'residences.create', RESIDENCE_INPUT);
    expect(envelope.ok).toBe(true);
    expect(auditRows(t.backend, 'residences.create').at(-1)).toMatchObject({ username: 'admin', subject: 'Solbakken' });
  });
});
