// Reads the contract generically for the contract tests: which methods need which permission, and
// bad inputs derived from each method's input schema (so a new method is covered automatically).
import { z } from 'zod';
import { contract, ROLES, ROLE_PERMISSIONS, type MethodName, type Role } from '../../src/contract';

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Roles that may call a method: every role for public and signedIn methods. */
export function rolesAllowed(method: MethodName): Role[] {
  const access = contract[method].access;
  if (access === 'public' || access === 'signedIn') return [...ROLES];
  return ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(access));
}

export function rolesDenied(method: MethodName): Role[] {
  const allowed = rolesAllowed(method);
  return ROLES.filter((role) => !allowed.includes(role));
}

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

export function inputJsonSchema(method: MethodName): JsonSchema {
  return z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The JSON types a schema accepts; empty when the schema does not say (accepts anything). */
function allowedTypes(schema: JsonSchema): Set<string> {
  const types = new Set<string>();
  const add = (type: string) => {
    types.add(type);
    if (type === 'number') types.add('integer');
  };
  if (typeof schema.type === 'string') add(schema.type);
  if (Array.isArray(schema.type)) schema.type.forEach(add);
  for (const value of schema.enum ?? []) add(jsonTypeOf(value));
  if ('const' in schema) add(jsonTypeOf(schema.const));
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) allowedTypes(sub).forEach(add);
  return types;
}

const WRONG_CANDIDATES: unknown[] = [42, 'tekst', true, [1], { a: 1 }];

/** For each required property: a value of a JSON type the property does not accept. */
export function wrongTypedProperties(method: MethodName): Array<{ path: string; value: unknown }> {
  const schema = inputJsonSchema(method);
  return (schema.required ?? []).map((path) => {
    const allowed = allowedTypes(schema.properties?.[path] ?? {});
    const value = WRONG_CANDIDATES.find((candidate) => allowed.size > 0 && !allowed.has(jsonTypeOf(candidate)));
    if (value === undefined) throw new Error(`${method}.${path}: cannot derive a wrong-typed value from its JSON Schema`);
    return { path, value };
  });
}
