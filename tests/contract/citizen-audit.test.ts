// Protects the audit promise for citizens' data: every method marked citizenData leaves an audit row
// with the citizen's id in the same transaction as its work, and dispatch refuses one that does not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/backend/dispatch';
import { createRouter, type Router } from '../../src/backend/router';
import { contract, type MethodName } from '../../src/contract';
import { DomainError } from '../../src/core/common/domain-error';
import { auditRows, createTestBackend, expectCode, type TestBackend } from '../fixtures/backend';
import { addConsent, addPlacement, addRelative, citizenIn, PLACEMENT_FIELDS } from '../fixtures/citizens';
import { METHOD_NAMES } from './contract-helpers';
import { NOTE_CITIZEN_CALLS } from './citizen-calls/note-calls';
import { PLAN_CITIZEN_CALLS } from './citizen-calls/plan-calls';
import { REPORT_CITIZEN_CALLS } from './citizen-calls/report-calls';
import { ROSTER_CITIZEN_CALLS } from './citizen-calls/roster-calls';
import type { CitizenCalls } from './citizen-calls/types';

/**
 * A valid call of every citizen-data method, and the citizen it touches (null for a search, whose
 * row names the search instead). A new citizenData method MUST add its entry here (the test below
 * fails loudly until it does).
 */
const CITIZEN_CALLS: CitizenCalls = {
  // Plans, goals, incidents, notes and deadlines: in ./citizen-calls/.
  ...PLAN_CITIZEN_CALLS,
  ...NOTE_CITIZEN_CALLS,
  ...ROSTER_CITIZEN_CALLS,
  ...REPORT_CITIZEN_CALLS,

  'audit.exportCitizen': () => ({ input: { citizenId: 4242 }, citizenId: 4242 }),

  // Placements, relatives and consents (citizens inserted by the fixture, with a stay in the own residence).
  'placements.list': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'placements.create': (t) => withCitizen(t, (citizenId) => ({ ...PLACEMENT_FIELDS, citizenId })),
  'placements.update': (t) => withCitizen(t, (citizenId) => ({ ...PLACEMENT_FIELDS, id: addPlacement(t, citizenId), dailyRateOre: 450_000 })),
  'placements.delete': (t) => withCitizen(t, (citizenId) => ({ id: addPlacement(t, citizenId) })),
  'relatives.list': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'relatives.create': (t) => withCitizen(t, (citizenId) => ({ citizenId, name: 'Per Hansen', relation: 'far', isClosest: true })),
  'relatives.update': (t) => withCitizen(t, (citizenId) => ({ id: addRelative(t, citizenId), name: 'Inger Hansen', relation: 'mor', phone: '20 30 40 50' })),
  'relatives.delete': (t) => withCitizen(t, (citizenId) => ({ id: addRelative(t, citizenId) })),
  'relatives.contactLog': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'relatives.logContact': (t) => withCitizen(t, (citizenId) => ({ citizenId, relativeId: addRelative(t, citizenId), date: '2026-03-01', form: 'telefon', summary: 'Aftalt besøg' })),
  'consents.list': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'consents.attention': () => ({ input: { withinDays: 30 }, citizenId: null }),
  'consents.create': (t) =>
    withCitizen(t, (citizenId) => ({ citizenId, subjects: ['hverdag'], recipientType: 'kommune', recipientName: 'Aarhus Kommune', givenDate: '2026-01-01', givenBy: 'borger', expiresDate: null })),
  'consents.revoke': (t) => withCitizen(t, (citizenId) => ({ id: addConsent(t, citizenId, addRelative(t, citizenId)), revokedDate: '2026-03-01', reason: 'Ønsker det ikke længere' })),

  // Citizens, stays and the waiting list. A list is a search: its row names the search, not a citizen.
  'citizens.list': () => ({ input: { search: 'bente' }, citizenId: null }),
  'citizens.get': (t) => withCitizen(t, (citizenId) => ({ id: citizenId })),
  'citizens.revealCpr': (t) => withCitizen(t, (citizenId) => ({ id: citizenId })),
  'citizens.create': (t) => ({
    input: { firstName: 'Ny', lastName: 'Borger', cpr: '020290-1234', stay: { residenceId: t.residences.own, moveIn: '2026-03-01', moveOut: null } },
    citizenId: nextCitizenId(t),
  }),
  'citizens.update': (t) => withCitizen(t, (citizenId) => ({ id: citizenId, version: 1, firstName: 'Bente', lastName: 'Rettet', cpr: cprOf(t, citizenId) })),
  'citizens.addStay': (t) => withEndedStay(t, (citizenId) => ({ citizenId, residenceId: t.residences.other, moveIn: '2025-01-01', moveOut: null })),
  'citizens.updateStay': (t) => withEndedStay(t, (_citizenId, stayId) => ({ id: stayId, residenceId: t.residences.own, moveIn: '2024-01-01', moveOut: '2024-12-30' })),
  'citizens.deleteStay': (t) => withEndedStay(t, (_citizenId, stayId) => ({ id: stayId })),
  'waitingList.list': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'waitingList.add': (t) => withCitizen(t, (citizenId) => ({ citizenId, residenceId: t.residences.other, requestedDate: '2026-02-01', desiredMoveIn: null })),
  'waitingList.setStatus': (t) => withCitizen(t, (citizenId) => ({ id: waitingEntry(t, citizenId), status: 'tilbudt', statusDate: '2026-03-01' })),
};

/** The id SQLite gives the next citizen (the largest so far plus one). */
const nextCitizenId = (t: TestBackend) => (t.backend.db.prepare('SELECT coalesce(max(id), 0) + 1 FROM citizens').pluck().get() as number);
const cprOf = (t: TestBackend, citizenId: number) => t.backend.db.prepare('SELECT cpr FROM citizens WHERE id = ?').pluck().get(citizenId) as string;

/** A citizen whose one stay (in the own residence) ended on 31 December 2024, and the input built for them. */
function withEndedStay(t: TestBackend, input: (citizenId: number, stayId: number) => unknown) {
  const citizenId = citizenIn(t, 'own', { moveIn: '2024-01-01', moveOut: '2024-12-31' });
  const stayId = t.backend.db.prepare('SELECT id FROM citizen_stays WHERE citizen_id = ?').pluck().get(citizenId) as number;
  return { input: input(citizenId, stayId), citizenId };
}

/** Puts the citizen on the other residence's waiting list through the service; returns the entry id. */
function waitingEntry(t: TestBackend, citizenId: number): number {
  const admin = t.backend.actorByUsername('admin');
  return t.backend.services.waitingList.add(admin, { citizenId, residenceId: t.residences.other, requestedDate: '2026-01-01', desiredMoveIn: null, note: null }).id;
}

/** A fresh citizen in the fixture's own residence, and the input built for them. */
function withCitizen(t: TestBackend, input: (citizenId: number) => unknown) {
  const citizenId = citizenIn(t, 'own');
  return { input: input(citizenId), citizenId };
}

const CITIZEN_METHODS = METHOD_NAMES.filter((name) => contract[name].citizenData);

let t: TestBackend;
let internalErrors: unknown[];
beforeEach(async () => {
  internalErrors = [];
  t = await createTestBackend({ onInternalError: (_method, error) => internalErrors.push(error) });
});
afterEach(() => t.close());

function dispatchWith(overrides: Partial<Router>) {
  const router = { ...createRouter(t.backend.services, t.backend.system), ...overrides } as Router;
  return createDispatch(t.backend.services, router, { onInternalError: (_method, error) => internalErrors.push(error) });
}

/** The part of a method's handler that runs in dispatch's transaction (a staged method's read step). */
function transactionStep(name: MethodName): (i: never, c: never) => unknown {
  const entry = createRouter(t.backend.services, t.backend.system)[name];
  if (typeof entry === 'function') return entry as (i: never, c: never) => unknown;
  if ('read' in entry) return entry.read as (i: never, c: never) => unknown;
  throw new Error(`${name} runs in its own transaction`);
}

it('at least one method is marked citizenData', () => {
  expect(CITIZEN_METHODS.length).toBeGreaterThan(0);
});

it('every citizenData method has a valid call in CITIZEN_CALLS', () => {
  const missing = CITIZEN_METHODS.filter((name) => !CITIZEN_CALLS[name]);
  expect(missing, `add a valid input for ${missing.join(', ')} to CITIZEN_CALLS in ${import.meta.filename}`).toEqual([]);
});

describe.each(CITIZEN_METHODS)('%s', (name) => {
  it('leaves an audit row with the citizen id and the acting user', async () => {
    const { input, citizenId } = CITIZEN_CALLS[name]!(t);
    const mark = t.backend.services.audit.lastId();
    const envelope = await t.call(name, input, t.tokens.administrator);
    expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
    const rows = auditRows(t.backend).filter((row) => row.id > mark && row.method === name);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.citizen_id === citizenId && row.username === 'admin' && row.user_id === t.users.administrator.id)).toBe(true);
  });

  it('writes the audit row in the same transaction as the work: a later failure removes both', async () => {
    const { input } = CITIZEN_CALLS[name]!(t);
    const real = transactionStep(name);
    const before = t.count('audit_log');
    const dispatch = dispatchWith({
      [name]: (parsed: never, ctx: never) => {
        real(parsed, ctx);
        throw new DomainError('CONFLICT', 'Fejl efter arbejdet.');
      },
    });
    expectCode(await dispatch({ method: name, input, token: t.tokens.administrator }), 'CONFLICT');
    expect(t.count('audit_log')).toBe(before);
  });

  it('is refused with INTERNAL, and rolled back, when its handler writes no audit row', async () => {
    const { input } = CITIZEN_CALLS[name]!(t);
    const real = transactionStep(name);
    const before = { audit: t.count('audit_log'), provider: t.count('provider_settings') };
    const dispatch = dispatchWith({
      [name]: (parsed: never, ctx: never) => {
        // Does some real work (settings without an actor leave no audit row), then answers as the real handler would, minus its audit row.
        t.backend.services.settings.update(null, { name: 'Skrevet uden log', cvr: null, street: null, postalCode: null, city: null, phone: null, email: null });
        const result = t.backend.db.transaction(() => {
          const value = real(parsed, ctx);
          throw Object.assign(new Error('undo'), { value });
        });
        try {
          result();
        } catch (error) {
          return (error as { value: unknown }).value;
        }
      },
    });
    const envelope = await dispatch({ method: name, input, token: t.tokens.administrator });
    expect(expectCode(envelope, 'INTERNAL').message).not.toMatch(/audit/);
    expect(String(internalErrors.at(-1))).toMatch(/wrote no audit entry/);
    expect({ audit: t.count('audit_log'), provider: t.count('provider_settings') }).toEqual(before);
  });

  it('cannot be given its own transaction (where dispatch could not roll it back)', () => {
    expect(() => dispatchWith({ [name]: { ownTransaction: () => ({}) } })).toThrow(/citizen/i);
  });
});

it('the citizen insight export lists that citizen\'s entries as CSV and logs the export', async () => {
  const admin = t.backend.actorByUsername('admin');
  t.backend.db.transaction(() => {
    t.backend.services.audit.record(admin, { action: 'read', method: 'residents.get', citizenId: 7, subject: 'Åse Ørum' });
    t.backend.services.audit.record(admin, { action: 'read', method: 'residents.get', citizenId: 8, subject: 'En anden' });
  })();
  const result = await t.callOk('audit.exportCitizen', { citizenId: 7 }, t.tokens.administrator);
  expect(result.entries).toBe(1);
  expect(result.fileName).toBe('indsigt-borger-7.csv');
  expect(result.csv.startsWith('\uFEFF')).toBe(true);
  expect(result.csv).toContain('Åse Ørum');
  expect(result.csv).not.toContain('En anden');
  const second = await t.callOk('audit.exportCitizen', { citizenId: 7 }, t.tokens.administrator);
  expect(second.entries).toBe(2);
});
