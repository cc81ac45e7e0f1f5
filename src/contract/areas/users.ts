// User accounts: an administrator creates them, assigns roles and residences, and unlocks them.
import { z } from 'zod';
import { ROLES } from '../access';
import { choice, id, requiredText } from '../fields';
import { method } from '../method';
import { password, username } from './system';

export const userRow = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  residenceIds: z.array(z.number().int()),
  active: z.boolean(),
  lockedAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type UserRow = z.infer<typeof userRow>;

const role = choice('Rolle', ROLES);
const residenceIds = z.array(id('Botilbud'), { error: 'Botilbud skal være en liste' }).max(500).default([]);

export const userMethods = {
  'users.list': method({
    summary: 'Alle brugere med rolle, botilbud og låsestatus.',
    access: 'users.manage',
    kind: 'read',
    input: z.object({}).default({}),
    output: z.array(userRow),
  }),
  'users.create': method({
    summary: 'Opret en bruger.',
    access: 'users.manage',
    kind: 'write',
    input: z.object({ username, displayName: requiredText('Navn', 120), role, password: password('Adgangskode'), residenceIds }),
    output: userRow,
  }),
  'users.update': method({
    summary: 'Ret navn, rolle, botilbud eller aktiv-status for en bruger.',
    access: 'users.manage',
    kind: 'write',
    input: z.object({ id: id('Bruger'), displayName: requiredText('Navn', 120), role, residenceIds, active: z.boolean({ error: 'Aktiv skal være ja eller nej' }) }),
    output: userRow,
  }),
  'users.unlock': method({
    summary: 'Lås en spærret bruger op (efter 3 fejlede logins).',
    access: 'users.manage',
    kind: 'write',
    input: z.object({ id: id('Bruger') }),
    output: userRow,
  }),
  'users.resetPassword': method({
    summary: 'Sæt en ny adgangskode for en bruger.',
    access: 'users.manage',
    kind: 'write',
    input: z.object({ id: id('Bruger'), password: password('Adgangskode') }),
    output: z.object({}),
  }),
};
