// Citizens (borgere): the record that replaces the spreadsheet. CPR is validated and shown
// masked; stays (ophold) give the move-in/move-out history across residences.
import { z } from 'zod';
import { parseCpr } from '../cpr';
import { choice, id, isoDate, optionalEmail, optionalIsoDate, optionalPhone, optionalText, pageInput, pageOf, requiredText } from '../fields';
import { method } from '../method';

export const cprInput = z
  .string({ error: 'CPR-nummer skal udfyldes' })
  .trim()
  .min(1, { error: 'CPR-nummer skal udfyldes' })
  .refine((value) => /^\d{6}[-\s]?\d{4}$/.test(value), { error: 'CPR-nummer skal have formen DDMMÅÅ-SSSS' })
  .refine((value) => !/^\d{6}[-\s]?\d{4}$/.test(value) || parseCpr(value) !== null, { error: 'CPR-nummer: fødselsdatoen findes ikke' })
  .transform((value) => parseCpr(value)!.digits);

export const CITIZEN_STATUSES = ['current', 'waiting', 'moved_out', 'none'] as const;
export type CitizenStatus = (typeof CITIZEN_STATUSES)[number];
export const CITIZEN_STATUS_LABELS: Record<CitizenStatus, string> = {
  current: 'Bor her',
  waiting: 'På venteliste',
  moved_out: 'Fraflyttet',
  none: 'Uden ophold',
};

export const stay = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  residenceId: z.number().int(),
  residenceName: z.string(),
  room: z.string().nullable(),
  moveIn: z.string(),
  moveOut: z.string().nullable(),
  current: z.boolean(),
});
export type Stay = z.infer<typeof stay>;

export const stayFields = z
  .object({
    residenceId: id('Botilbud'),
    room: optionalText('Værelse/lejlighed', 40),
    moveIn: isoDate('Indflytningsdato'),
    moveOut: optionalIsoDate('Udflytningsdato'),
  })
  .refine((value) => !value.moveOut || value.moveOut >= value.moveIn, {
    path: ['moveOut'],
    error: 'Udflytningsdato kan ikke ligge før indflytningsdatoen',
  });

export const citizenFields = z.object({
  firstName: requiredText('Fornavn', 80),
  lastName: requiredText('Efternavn', 80),
  cpr: cprInput,
  communicationNeeds: optionalText('Kommunikation', 2000),
  guardianName: optionalText('Værge', 120),
  guardianPhone: optionalPhone('Værgens telefon'),
  guardianEmail: optionalEmail('Værgens e-mail'),
  contactStaffId: id('Kontaktperson').nullish().transform((value) => value ?? null),
  secondContactStaffId: id('Anden kontaktperson').nullish().transform((value) => value ?? null),
});
export type CitizenFields = z.input<typeof citizenFields>;

export const citizen = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  name: z.string(),
  cprMasked: z.string(),
  birthDate: z.string(),
  communicationNeeds: z.string().nullable(),
  guardianName: z.string().nullable(),
  guardianPhone: z.string().nullable(),
  guardianEmail: z.string().nullable(),
  contactStaffId: z.number().int().nullable(),
  contactStaffName: z.string().nullable(),
  secondContactStaffId: z.number().int().nullable(),
  secondContactStaffName: z.string().nullable(),
  status: z.enum(CITIZEN_STATUSES),
  currentStay: stay.nullable(),
  stays: z.array(stay),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Citizen = z.infer<typeof citizen>;

export const citizenListRow = z.object({
  id: z.number().int(),
  name: z.string(),
  cprMasked: z.string(),
  birthDate: z.string(),
  status: z.enum(CITIZEN_STATUSES),
  residenceId: z.number().int().nullable(),
  residenceName: z.string().nullable(),
  room: z.string().nullable(),
  moveIn: z.string().nullable(),
  moveOut: z.string().nullable(),
  actingMunicipalityCode: z.string().nullable(),
  actingMunicipalityName: z.string().nullable(),
  contactStaffName: z.string().nullable(),
});
export type CitizenListRow = z.infer<typeof citizenListRow>;

export const CITIZEN_SORTS = ['name', 'residence', 'moveIn', 'birthDate'] as const;

export const citizenMethods = {
  'citizens.list': method({
    summary:
      'Borgere, side for side, sorteret på dansk. Søg på en del af navnet, fødselsdato (DDMMÅÅ) eller hele CPR-nummeret (kræver CPR-adgang); filtrér på botilbud, status og handlekommune. Søgningen logges.',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({
      search: optionalText('Søgning', 100),
      residenceId: id('Botilbud').nullish(),
      status: z.enum([...CITIZEN_STATUSES, 'all'], { error: 'Status har en ugyldig værdi' }).default('all'),
      municipalityCode: z.string().regex(/^\d{4}$/, { error: 'Handlekommune skal være en kommunekode' }).nullish(),
      sort: choice('Sortering', CITIZEN_SORTS).default('name'),
      descending: z.boolean().default(false),
      ...pageInput,
    }),
    output: pageOf(citizenListRow),
  }),
  'citizens.get': method({
    summary: 'Én borgers stamdata med opholdshistorik (CPR maskeret).',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ id: id('Borger') }),
    output: citizen,
  }),
  'citizens.revealCpr': method({
    summary: 'Vis det fulde CPR-nummer for én borger (kræver CPR-adgang; logges).',
    access: 'citizens.cpr',
    kind: 'read',
    citizenData: true,
    input: z.object({ id: id('Borger') }),
    output: z.object({ cpr: z.string() }),
  }),
  'citizens.create': method({
    summary:
      'Opret en borger, evt. med første ophold eller en plads på ventelisten. En afdelingsleder skal angive et af sine egne botilbud.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: citizenFields.extend({
      stay: stayFields.nullish(),
      waitingList: z
        .object({ residenceId: id('Venteliste: botilbud'), requestedDate: isoDate('Venteliste: modtaget dato') })
        .nullish(),
    }),
    output: citizen,
  }),
  'citizens.update': method({
    summary:
      'Ret en borgers stamdata; version skal matche den senest læste (ellers CONFLICT). CPR-nummeret sendes kun, når det skal rettes (udeladt eller tomt: uændret), så en rettelse af fx navnet ikke kræver, at det fulde CPR-nummer vises.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: citizenFields.extend({
      cpr: z.union([cprInput, z.literal('')]).nullish().transform((value) => value || null),
      id: id('Borger'),
      version: z.number().int().min(1),
    }),
    output: citizen,
  }),
  'citizens.addStay': method({
    summary: 'Registrér et ophold (indflytning) for en borger; kontrollerer ledig plads og overlap.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: stayFields.and(z.object({ citizenId: id('Borger') })),
    output: citizen,
  }),
  'citizens.updateStay': method({
    summary: 'Ret et ophold, fx registrér udflytning.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: stayFields.and(z.object({ id: id('Ophold') })),
    output: citizen,
  }),
  'citizens.deleteStay': method({
    summary: 'Slet et fejlregistreret ophold.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Ophold') }),
    output: citizen,
  }),
};
