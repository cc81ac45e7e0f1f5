// Residences (botilbud / bofællesskaber): the first area, and the template the others follow.
import { z } from 'zod';
import { id, isoDate, optionalEmail, optionalPhone, optionalPostalCode, optionalText, requiredText, wholeNumber } from '../fields';
import { method } from '../method';

export const legalBasis = z.object({
  code: z.string(),
  paragraph: z.string(),
  title: z.string(),
  active: z.boolean(),
});
export type LegalBasis = z.infer<typeof legalBasis>;

export const residence = z.object({
  id: z.number().int(),
  name: z.string(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  legalBasisCode: z.string(),
  legalBasisLabel: z.string(),
  targetGroup: z.string().nullable(),
  places: z.number().int(),
  departmentHead: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Residence = z.infer<typeof residence>;

/** The editable fields; shared by create and update, and by the renderer's form. */
export const residenceFields = z.object({
  name: requiredText('Navn', 120),
  street: optionalText('Adresse', 200),
  postalCode: optionalPostalCode('Postnummer'),
  city: optionalText('By', 100),
  legalBasisCode: requiredText('Lovgrundlag', 40),
  targetGroup: optionalText('Målgruppe', 500),
  places: wholeNumber('Antal pladser', 1, 500),
  departmentHead: optionalText('Afdelingsleder', 120),
  phone: optionalPhone('Telefon'),
  email: optionalEmail('E-mail'),
});
export type ResidenceFields = z.input<typeof residenceFields>;

export const legalBasisFields = z.object({
  code: z
    .string({ error: 'Kode skal udfyldes' })
    .trim()
    .min(1, { error: 'Kode skal udfyldes' })
    .max(40, { error: 'Kode må højst være 40 tegn' })
    .regex(/^[a-z0-9-]+$/, { error: 'Kode må kun indeholde små bogstaver, tal og bindestreg' }),
  paragraph: requiredText('Paragraf', 40),
  title: requiredText('Titel', 200),
  active: z.boolean({ error: 'Aktiv skal være ja eller nej' }).default(true),
});

export const occupancy = z.object({
  residenceId: z.number().int(),
  residenceName: z.string(),
  places: z.number().int(),
  /** Citizens living there today. */
  occupiedToday: z.number().int(),
  freeToday: z.number().int(),
  /** Days of stay within the period (belægningsdage) and places × days in the period. */
  occupiedDays: z.number().int(),
  capacityDays: z.number().int(),
  /** occupiedDays / capacityDays × 100, one decimal. */
  occupancyPercent: z.number(),
  waiting: z.number().int(),
});
export type Occupancy = z.infer<typeof occupancy>;

export const residenceMethods = {
  'residences.list': method({
    summary: 'Botilbud, sorteret på dansk; afdelingsledere og medarbejdere ser kun deres egne.',
    access: 'residences.read',
    kind: 'read',
    input: z.object({
      search: optionalText('Søgning', 100),
      includeArchived: z.boolean({ error: 'Vis arkiverede skal være ja eller nej' }).default(false),
    }).prefault({}),
    output: z.array(residence),
  }),
  'residences.get': method({
    summary: 'Ét botilbud.',
    access: 'residences.read',
    kind: 'read',
    input: z.object({ id: id('Botilbud') }),
    output: residence,
  }),
  'residences.create': method({
    summary: 'Opret et botilbud.',
    access: 'residences.write',
    kind: 'write',
    input: residenceFields,
    output: residence,
  }),
  'residences.update': method({
    summary: 'Ret et botilbud; version skal matche den senest læste (ellers CONFLICT).',
    access: 'residences.write',
    kind: 'write',
    input: residenceFields.extend({ id: id('Botilbud'), version: wholeNumber('Version', 1, Number.MAX_SAFE_INTEGER) }),
    output: residence,
  }),
  'residences.archive': method({
    summary: 'Arkivér et botilbud (det bevares, men vises ikke i lister).',
    access: 'residences.write',
    kind: 'write',
    input: z.object({ id: id('Botilbud') }),
    output: residence,
  }),
  'residences.restore': method({
    summary: 'Gendan et arkiveret botilbud.',
    access: 'residences.write',
    kind: 'write',
    input: z.object({ id: id('Botilbud') }),
    output: residence,
  }),
  'residences.occupancy': method({
    summary: 'Belægning pr. botilbud: pladser, optagne og ledige i dag, belægningsdage og procent for en periode, antal på venteliste.',
    access: 'residences.read',
    kind: 'read',
    input: z
      .object({ from: isoDate('Fra-dato'), to: isoDate('Til-dato'), residenceId: id('Botilbud').nullish() })
      .refine((value) => value.to >= value.from, { path: ['to'], error: 'Til-dato kan ikke ligge før fra-datoen' }),
    output: z.array(occupancy),
  }),
  'residences.legalBases': method({
    summary: 'Lovgrundlag (indstillingsdata), fx Serviceloven § 107, § 108, § 85.',
    access: 'residences.read',
    kind: 'read',
    input: z.object({ includeInactive: z.boolean().default(false) }).prefault({}),
    output: z.array(legalBasis),
  }),
  'residences.createLegalBasis': method({
    summary: 'Opret et lovgrundlag (administrator); koden må ikke findes i forvejen.',
    access: 'settings.write',
    kind: 'write',
    input: legalBasisFields,
    output: legalBasis,
  }),
  'residences.updateLegalBasis': method({
    summary: 'Ret paragraf, titel eller aktiv-status for et lovgrundlag (administrator); koden ligger fast.',
    access: 'settings.write',
    kind: 'write',
    input: legalBasisFields,
    output: legalBasis,
  }),
};
