// Staff (medarbejdere): contact persons for citizens, and the people the roster plans: title,
// competences, weekly hours (normtid), home residence, employment (fast / vikar in the pool),
// active period; substitutes also have preferred residences, a weekly maximum and availability.
import { z } from 'zod';
import { AVAILABILITIES, SHIFT_KINDS } from '../roster-terms';
import { choice, id, isoDate, optionalIsoDate, optionalText, ore, requiredText, wholeNumber } from '../fields';
import { method } from '../method';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);
const ids = (label: string) => z.array(id(label), { error: `${label} skal være en liste` }).max(50, { error: `${label}: højst 50` }).default([]);

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
  competenceIds: ids('Kompetencer'),
  /** Normtid in minutes a week (37 hours = 2220). */
  weeklyMinutes: wholeNumber('Normtid', 0, 60 * 60).default(0),
  activeFrom: optionalIsoDate('Ansat fra'),
  activeTo: optionalIsoDate('Ansat til'),
  /** Substitutes: the residences they prefer, and at most this many minutes a week. */
  preferredResidenceIds: ids('Foretrukne botilbud'),
  maxWeeklyMinutes: nullable(wholeNumber('Maks. timer pr. uge', 0, 60 * 60)),
  /** For the cost of a shift (before supplements). */
  hourlyRateOre: nullable(ore('Timeløn')),
});
export type StaffFields = z.input<typeof staffFields>;
const activePeriodInOrder = (value: { activeFrom: string | null; activeTo: string | null }) => !value.activeFrom || !value.activeTo || value.activeTo >= value.activeFrom;
const activePeriodMessage = { path: ['activeTo'], error: 'Ansat til kan ikke ligge før Ansat fra' };

export const staffMember = z.object({
  id: z.number().int(),
  name: z.string(),
  employeeNumber: z.string().nullable(),
  title: z.enum(STAFF_TITLES),
  homeResidenceId: z.number().int().nullable(),
  homeResidenceName: z.string().nullable(),
  employment: z.enum(EMPLOYMENTS),
  active: z.boolean(),
  competenceIds: z.array(z.number().int()),
  weeklyMinutes: z.number().int(),
  activeFrom: z.string().nullable(),
  activeTo: z.string().nullable(),
  preferredResidenceIds: z.array(z.number().int()),
  maxWeeklyMinutes: z.number().int().nullable(),
  hourlyRateOre: z.number().int().nullable(),
  version: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const competence = z.object({ id: z.number().int(), name: z.string(), active: z.boolean(), version: z.number().int() });
export type Competence = z.infer<typeof competence>;

export const availabilityEntry = z.object({
  staffId: z.number().int(),
  date: z.string(),
  /** Null: the whole day. */
  shiftKind: z.enum(SHIFT_KINDS).nullable(),
  availability: z.enum(AVAILABILITIES),
});
export type AvailabilityEntry = z.infer<typeof availabilityEntry>;

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
    input: staffFields.refine(activePeriodInOrder, activePeriodMessage),
    output: staffMember,
  }),
  'staff.update': method({
    summary: 'Ret en medarbejder; version skal matche (ellers CONFLICT).',
    access: 'staff.write',
    kind: 'write',
    input: staffFields.extend({ id: id('Medarbejder'), version: z.number().int().min(1) }).refine(activePeriodInOrder, activePeriodMessage),
    output: staffMember,
  }),
  'staff.availability': method({
    summary: 'Vikarers tilgængelighed og ønsker pr. dag (og evt. vagttype) i en periode; filtrér på medarbejder.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ staffId: nullable(id('Medarbejder')), from: isoDate('Fra'), to: isoDate('Til') }).refine((value) => value.to >= value.from, {
      path: ['to'],
      error: 'Til kan ikke ligge før Fra',
    }),
    output: z.array(availabilityEntry),
  }),
  'staff.setAvailability': method({
    summary: 'Sæt en medarbejders tilgængelighed for en række dage (hele dagen eller én vagttype); null fjerner angivelsen.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({
      staffId: id('Medarbejder'),
      dates: z.array(isoDate('Dato'), { error: 'Datoer skal være en liste' }).min(1, { error: 'Datoer: vælg mindst én dag' }).max(366),
      shiftKind: nullable(choice('Vagttype', SHIFT_KINDS)),
      availability: nullable(choice('Tilgængelighed', AVAILABILITIES)),
    }),
    output: z.array(availabilityEntry),
  }),
  'competences.list': method({
    summary: 'De kompetencer, tilbuddet bruger (medicindelegering, kørekort, …), sorteret på dansk.',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ includeInactive: z.boolean().default(false) }).prefault({}),
    output: z.array(competence),
  }),
  'competences.create': method({
    summary: 'Opret en kompetence; navnet skal være entydigt.',
    access: 'staff.write',
    kind: 'write',
    input: z.object({ name: requiredText('Navn', 80) }),
    output: competence,
  }),
  'competences.update': method({
    summary: 'Omdøb eller deaktivér en kompetence; version skal matche.',
    access: 'staff.write',
    kind: 'write',
    input: z.object({ id: id('Kompetence'), name: requiredText('Navn', 80), active: z.boolean({ error: 'Aktiv skal være ja eller nej' }), version: z.number().int().min(1) }),
    output: competence,
  }),
};
