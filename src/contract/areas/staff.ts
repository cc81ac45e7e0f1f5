// Staff (medarbejdere), the minimum that citizens need now (contact persons); the roster issue
// extends it with competences, hours, availability and the substitute pool.
import { z } from 'zod';
import { choice, id, optionalText, requiredText } from '../fields';
import { method } from '../method';

export const STAFF_TITLES = [
  'Pædagog',
  'Socialpædagog',
  'SOSU-assistent',
  'SOSU-hjælper',
  'Sygeplejerske',
  'Ergoterapeut',
  'Pædagogisk assistent',
  'Ufaglært',
  'Afdelingsleder',
  'Andet',
] as const;
export const EMPLOYMENTS = ['fast', 'vikar'] as const;

export const staffFields = z.object({
  name: requiredText('Navn', 120),
  employeeNumber: optionalText('Medarbejdernummer', 20),
  title: choice('Titel', STAFF_TITLES),
  homeResidenceId: id('Hjemmebotilbud').nullish().transform((value) => value ?? null),
  employment: choice('Ansættelse', EMPLOYMENTS),
  active: z.boolean({ error: 'Aktiv skal være ja eller nej' }).default(true),
});
export type StaffFields = z.input<typeof staffFields>;

export const staffMember = z.object({
  id: z.number().int(),
  name: z.string(),
  employeeNumber: z.string().nullable(),
  title: z.enum(STAFF_TITLES),
  homeResidenceId: z.number().int().nullable(),
  homeResidenceName: z.string().nullable(),
  employment: z.enum(EMPLOYMENTS),
  active: z.boolean(),
  version: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const staffMethods = {
  'staff.list': method({
    summary: 'Medarbejdere, sorteret på dansk; filtrér på hjemmebotilbud.',
    access: 'staff.read',
    kind: 'read',
    input: z.object({ residenceId: id('Botilbud').nullish(), includeInactive: z.boolean().default(false), search: optionalText('Søgning', 100) }).prefault({}),
    output: z.array(staffMember),
  }),
  'staff.create': method({
    summary: 'Opret en medarbejder.',
    access: 'staff.write',
    kind: 'write',
    input: staffFields,
    output: staffMember,
  }),
  'staff.update': method({
    summary: 'Ret en medarbejder; version skal matche (ellers CONFLICT).',
    access: 'staff.write',
    kind: 'write',
    input: staffFields.extend({ id: id('Medarbejder'), version: z.number().int().min(1) }),
    output: staffMember,
  }),
};
