// First start, demo data and the signed-in session: the methods a person meets before anything else.
import { z } from 'zod';
import { ROLES } from '../access';
import { PERMISSIONS } from '../access';
import { choice, requiredText } from '../fields';
import { method } from '../method';

export const password = (label: string) =>
  z
    .string({ error: `${label} skal udfyldes` })
    .min(10, { error: `${label} skal være mindst 10 tegn` })
    .max(200, { error: `${label} må højst være 200 tegn` });

export const username = z
  .string({ error: 'Brugernavn skal udfyldes' })
  .trim()
  .toLowerCase()
  .min(2, { error: 'Brugernavn skal være mindst 2 tegn' })
  .max(60, { error: 'Brugernavn må højst være 60 tegn' })
  .regex(/^[a-z0-9æøå._-]+$/, { error: 'Brugernavn må kun indeholde bogstaver, tal, punktum, bindestreg og understreg' });

export const language = choice('Sprog', ['da', 'en']);

export const me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** null: every residence (administrator, planner); otherwise the assigned residences. */
  residenceIds: z.array(z.number().int()).nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  language,
});
export type Me = z.infer<typeof me>;

export const systemMethods = {
  'system.status': method({
    summary: 'Om Kerne er sat op, og om der er data (før login).',
    access: 'public',
    kind: 'read',
    input: z.object({}).default({}),
    output: z.object({
      setupNeeded: z.boolean(),
      hasData: z.boolean(),
      providerName: z.string().nullable(),
      version: z.string(),
      schemaVersion: z.number().int(),
    }),
  }),
  'system.setup': method({
    summary: 'Første start: opret den første administrator og indlæs evt. demo-institutionen.',
    access: 'public',
    kind: 'write',
    input: z.object({
      username,
      displayName: requiredText('Navn', 120),
      password: password('Adgangskode'),
      loadDemo: z.boolean({ error: 'Demo-data skal være ja eller nej' }).default(false),
    }),
    output: z.object({ demoLoaded: z.boolean() }),
  }),
  'system.loadDemo': method({
    summary: 'Indlæs demo-institutionen "Byen i Byen (demo)" i en tom database.',
    access: 'system.demo',
    kind: 'write',
    input: z.object({}).default({}),
    output: z.object({ residences: z.number().int(), users: z.number().int() }),
  }),
  'auth.login': method({
    summary: 'Log ind med brugernavn og adgangskode; giver et sessions-token.',
    access: 'public',
    kind: 'session',
    input: z.object({ username, password: z.string({ error: 'Adgangskode skal udfyldes' }).min(1, { error: 'Adgangskode skal udfyldes' }).max(200) }),
    output: z.object({ token: z.string(), user: me }),
  }),
  'auth.logout': method({
    summary: 'Log ud og afslut sessionen.',
    access: 'signedIn',
    kind: 'session',
    input: z.object({}).default({}),
    output: z.object({}),
  }),
  'auth.me': method({
    summary: 'Den indloggede bruger, rolle og rettigheder.',
    access: 'signedIn',
    kind: 'read',
    input: z.object({}).default({}),
    output: me,
  }),
  'auth.changePassword': method({
    summary: 'Skift egen adgangskode.',
    access: 'signedIn',
    kind: 'session',
    input: z.object({ currentPassword: z.string().min(1, { error: 'Nuværende adgangskode skal udfyldes' }), newPassword: password('Ny adgangskode') }),
    output: z.object({}),
  }),
  'auth.setLanguage': method({
    summary: 'Vælg sprog for brugerfladen.',
    access: 'signedIn',
    kind: 'session',
    input: z.object({ language }),
    output: z.object({}),
  }),
};
