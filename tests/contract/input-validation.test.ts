// Protects the INVALID_INPUT answer for EVERY contract method: a non-object input and a wrong-typed
// value for each required field are refused with field paths and Danish messages, before any work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/contract';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../fixtures/backend';
import { inputJsonSchema, METHOD_NAMES, wrongTypedProperties } from './contract-helpers';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

const token = (name: (typeof METHOD_NAMES)[number]) => (contract[name].access === 'public' ? null : t.tokens.administrator);
// Zod's English defaults would mean a field lacks its Danish message.
const ENGLISH = /\b(expected|invalid input|required|received)\b/i;

const withRequired = METHOD_NAMES.filter((name) => (inputJsonSchema(name).required ?? []).length > 0);

it('several methods have required fields (the generator below is not vacuous)', () => {
  expect(withRequired.length).toBeGreaterThan(10);
});

describe.each(METHOD_NAMES)('%s', (name) => {
  it('refuses a non-object input with INVALID_INPUT naming the input itself', async () => {
    for (const input of [42, 'tekst', [], true]) {
      const error = expectCode(await t.call(name, input, token(name)), 'INVALID_INPUT');
      expect(error.fields?.length, JSON.stringify(input)).toBeGreaterThan(0);
      expect(fieldPaths(error)).toContain('');
      for (const field of error.fields!) expect(field.message, field.path).not.toMatch(ENGLISH);
    }
  });

  const required = withRequired.includes(name) ? wrongTypedProperties(name) : [];
  if (required.length > 0) {
    it.each(required)('refuses a wrong type for required field $path, naming it', async ({ path, value }) => {
      const error = expectCode(await t.call(name, { [path]: value }, token(name)), 'INVALID_INPUT');
      expect(fieldPaths(error)).toContain(path);
      const field = error.fields!.find((f) => f.path === path)!;
      expect(field.message.length).toBeGreaterThan(3);
      expect(field.message).not.toMatch(ENGLISH);
      expect(error.message.length).toBeGreaterThan(3);
    });

    it('refuses an empty object, naming every required field', async () => {
      const error = expectCode(await t.call(name, {}, token(name)), 'INVALID_INPUT');
      for (const { path } of required) expect(fieldPaths(error)).toContain(path);
    });
  }
});

it('invalid input changes nothing and leaves no audit entry', async () => {
  const before = { audit: auditRows(t.backend).length, residences: t.count('residences'), users: t.count('users') };
  for (const name of METHOD_NAMES) await t.call(name, 42, token(name));
  expect({ audit: auditRows(t.backend).length, residences: t.count('residences'), users: t.count('users') }).toEqual(before);
});

it('field paths of nested problems are dotted', async () => {
  const error = expectCode(
    await t.call('users.create', { username: 'ny.bruger', displayName: 'Ny', role: 'medarbejder', password: 'langt-nok-kodeord', residenceIds: [1, 'to'] }, t.tokens.administrator),
    'INVALID_INPUT',
  );
  expect(fieldPaths(error)).toEqual(['residenceIds.1']);
});
