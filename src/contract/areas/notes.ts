// Documentation: dated notes (dagbog) per citizen, linked to goals or FFB themes and markable for
// the status report. A note is never edited in place: a correction is a new version with a
// reason, and every version stays readable. Also incidents: magtanvendelser, utilsigtede
// hændelser and hospital stays, counted in status reports.
import { z } from 'zod';
import { choice, id, isoDate, optionalIsoDate, optionalText, pageInput, pageOf, requiredText } from '../fields';
import { method } from '../method';
import { INCIDENT_KINDS, INCIDENT_TYPES } from '../plan-terms';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const noteLink = z.object({ id: z.number().int(), text: z.string() });
export const noteTheme = z.object({ code: z.string(), label: z.string() });

export const note = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  /** The current version's number; 1 for a note never corrected. */
  version: z.number().int(),
  date: z.string(),
  body: z.string(),
  goals: z.array(noteLink),
  themes: z.array(noteTheme),
  forStatusReport: z.boolean(),
  /** Who wrote the first version, and when. */
  author: z.string(),
  createdAt: z.string(),
  /** Who wrote the current version, when, and why (null for the first). */
  editedBy: z.string(),
  editedAt: z.string(),
  correctionReason: z.string().nullable(),
});
export type Note = z.infer<typeof note>;

export const noteVersion = note.omit({ id: true, citizenId: true, author: true, createdAt: true }).extend({ noteId: z.number().int() });
export type NoteVersion = z.infer<typeof noteVersion>;

const noteShape = {
  date: isoDate('Dato'),
  body: requiredText('Notat', 10000),
  goalIds: z.array(id('Mål'), { error: 'Mål skal være en liste' }).max(20, { error: 'Mål: højst 20' }).default([]),
  themeCodes: z.array(requiredText('Tema', 64), { error: 'Temaer skal være en liste' }).max(20, { error: 'Temaer: højst 20' }).default([]),
  forStatusReport: z.boolean({ error: 'Til statusrapport skal være ja eller nej' }).default(false),
};

export const incident = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  kind: z.enum(INCIDENT_KINDS),
  /** A key of INCIDENT_TYPES[kind]; null for a hospital stay. */
  type: z.string().nullable(),
  date: z.string(),
  /** HH:MM, when known. */
  time: z.string().nullable(),
  description: z.string(),
  reported: z.boolean(),
  reportedDate: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Incident = z.infer<typeof incident>;

export const noteMethods = {
  'notes.list': method({
    summary: 'En borgers notater (nyeste version), nyeste dato først, side for side; filtrér på mål, tema, periode og "til statusrapport".',
    access: 'plans.read',
    kind: 'read',
    citizenData: true,
    input: z.object({
      citizenId: id('Borger'),
      goalId: nullable(id('Mål')),
      themeCode: optionalText('Tema', 64),
      forStatusReport: nullable(z.boolean({ error: 'Til statusrapport skal være ja eller nej' })),
      from: optionalIsoDate('Fra'),
      to: optionalIsoDate('Til'),
      ...pageInput,
    }),
    output: pageOf(note),
  }),
  'notes.create': method({
    summary: 'Skriv et notat om en borger, evt. knyttet til mål eller temaer og markeret til statusrapport.',
    access: 'notes.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ citizenId: id('Borger'), ...noteShape }),
    output: note,
  }),
  'notes.correct': method({
    summary: 'Ret et notat: gemmes som en ny version med begrundelse; de tidligere versioner kan altid læses. version er den version, rettelsen bygger på.',
    access: 'notes.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Notat'), version: z.number().int().min(1), reason: requiredText('Begrundelse for rettelsen', 500), ...noteShape }),
    output: note,
  }),
  'notes.history': method({
    summary: 'Alle versioner af et notat, ældste først.',
    access: 'plans.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ id: id('Notat') }),
    output: z.array(noteVersion),
  }),
  'incidents.list': method({
    summary: 'En borgers magtanvendelser, utilsigtede hændelser og hospitalsindlæggelser, nyeste først.',
    access: 'plans.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.array(incident),
  }),
  'incidents.create': method({
    summary: 'Registrér en magtanvendelse, utilsigtet hændelse eller hospitalsindlæggelse (dato, type, om den er indberettet).',
    access: 'notes.write',
    kind: 'write',
    citizenData: true,
    input: z
      .object({
        citizenId: id('Borger'),
        kind: choice('Hændelse', INCIDENT_KINDS),
        type: optionalText('Type', 40),
        date: isoDate('Dato'),
        time: nullable(z.string({ error: 'Klokkeslæt skal være tekst' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Klokkeslæt skal være tt:mm' })),
        description: requiredText('Beskrivelse', 4000),
        reported: z.boolean({ error: 'Indberettet skal være ja eller nej' }).default(false),
        reportedDate: optionalIsoDate('Indberettet dato'),
      })
      .refine((value) => (Object.keys(INCIDENT_TYPES[value.kind]).length === 0 ? value.type === null : value.type !== null && value.type in INCIDENT_TYPES[value.kind]), {
        path: ['type'],
        error: 'Type: vælg en type, der passer til hændelsen',
      })
      .refine((value) => !value.reported || value.reportedDate !== null, { path: ['reportedDate'], error: 'Indberettet dato skal udfyldes, når hændelsen er indberettet' })
      .refine((value) => value.reportedDate === null || value.reportedDate >= value.date, {
        path: ['reportedDate'],
        error: 'Indberettet dato kan ikke ligge før hændelsens dato',
      }),
    output: incident,
  }),
  'incidents.markReported': method({
    summary: 'Markér en hændelse som indberettet pr. en dato.',
    access: 'notes.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Hændelse'), reportedDate: isoDate('Indberettet dato') }),
    output: incident,
  }),
};
