// Protects who may call what, for EVERY contract method: no token means UNAUTHENTICATED (except the
// public ones), and each role without the method's permission gets FORBIDDEN, computed from ROLE_PERMISSIONS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, ROLES } from '../../src/contract';
import { createTestBackend, expectCode, type TestBackend } from '../fixtures/backend';
import { METHOD_NAMES, rolesAllowed, rolesDenied } from './contract-helpers';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

// Input 42 is invalid for every method, so an allowed call stops at validation and changes nothing:
// the answer tells us the access check passed (INVALID_INPUT) or did not (UNAUTHENTICATED, FORBIDDEN).
const BAD_INPUT = 42;

it('every method takes an object input (so 42 is always invalid)', () => {
  for (const name of METHOD_NAMES) expect(contract[name].input.safeParse(BAD_INPUT).success, name).toBe(false);
});

describe.each(METHOD_NAMES)('%s', (name) => {
  const spec = contract[name];

  if (spec.access === 'public') {
    it('is public: no token is needed', async () => {
      expectCode(await t.call(name, BAD_INPUT, null), 'INVALID_INPUT');
    });
  } else {
    it('refuses a call without a token, or with an unknown one, with UNAUTHENTICATED', async () => {
      expectCode(await t.call(name, BAD_INPUT, null), 'UNAUTHENTICATED');
      expectCode(await t.call(name, {}, null), 'UNAUTHENTICATED');
      expectCode(await t.call(name, {}, 'ukendt-token'), 'UNAUTHENTICATED');
    });
  }

  const denied = rolesDenied(name);
  if (denied.length > 0) {
    it.each(denied)(`refuses %s with FORBIDDEN (needs ${spec.access})`, async (role) => {
      const error = expectCode(await t.call(name, BAD_INPUT, t.tokens[role]), 'FORBIDDEN');
      expect(error.message).toMatch(/adgang/);
      expectCode(await t.call(name, {}, t.tokens[role]), 'FORBIDDEN');
    });
  }

  it.each(rolesAllowed(name))('lets %s past the access check', async (role) => {
    expectCode(await t.call(name, BAD_INPUT, t.tokens[role]), 'INVALID_INPUT');
  });
});

it('denies something to every role but the administrator (the permission table is not all-open)', () => {
  const deniedPerRole = Object.fromEntries(ROLES.map((role) => [role, METHOD_NAMES.filter((name) => rolesDenied(name).includes(role)).length]));
  expect(deniedPerRole.administrator).toBe(0);
  for (const role of ROLES.filter((r) => r !== 'administrator')) expect(deniedPerRole[role], role).toBeGreaterThan(0);
});

describe('unknown methods', () => {
  it.each(['findes.ikke', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])('"%s" is UNKNOWN_METHOD', async (method) => {
    const error = expectCode(await t.call(method, {}, t.tokens.administrator), 'UNKNOWN_METHOD');
    expect(error.message).toMatch(/Ukendt funktion/);
  });

  it('a method name that is not a string is UNKNOWN_METHOD', async () => {
    const envelope = await t.backend.dispatch({ method: 42 as unknown as string, input: {}, token: t.tokens.administrator });
    expectCode(envelope, 'UNKNOWN_METHOD');
  });
});
