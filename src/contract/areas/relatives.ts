// Relatives (pårørende) as partners: who they are, how they prefer contact, a log of contact,
// and what they may be told, which follows from the citizen's active consents.
import { z } from 'zod';
import { choice, id, isoDate, optionalEmail, optionalPhone, optionalText, requiredText } from '../fields';
import { method } from '../method';

export const CONTACT_FORMS = ['telefon', 'sms', 'e-mail', 'brev', 'møde', 'besøg'] as const;
export type ContactForm = (typeof CONTACT_FORMS)[number];

export const relativeFields = z.object({
  name: requiredText('Navn', 120),
  relation: requiredText('Relation', 60),
  phone: optionalPhone('Telefon'),
  secondaryPhone: optionalPhone('Anden telefon'),
  email: optionalEmail('E-mail'),
  address: optionalText('Adresse', 300),
  isClosest: z.boolean({ error: 'Nærmeste pårørende skal være ja eller nej' }).default(false),
  preferredContact: choice('Foretrukken kontaktform', CONTACT_FORMS).nullish().transform((value) => value ?? null),
  note: optionalText('Bemærkning', 1000),
});
export type RelativeFields = z.input<typeof relativeFields>;

export const relative = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  name: z.string(),
  relation: z.string(),
  phone: z.string().nullable(),
  secondaryPhone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  isClosest: z.boolean(),
  preferredContact: z.enum(CONTACT_FORMS).nullable(),
  note: z.string().nullable(),
  /**
   * Consent subjects (codes) this relative may be told about today: from consents naming this relative that are in
   * force (given by today, not expired, not revoked), in CONSENT_SUBJECTS order. `alt` covers everything and stands alone: `['alt']`.
   */
  mayBeToldAbout: z.array(z.string()),
});
export type Relative = z.infer<typeof relative>;

export const contactLogEntry = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  relativeId: z.number().int().nullable(),
  relativeName: z.string().nullable(),
  date: z.string(),
  form: z.enum(CONTACT_FORMS),
  summary: z.string(),
  staffName: z.string(),
  createdAt: z.string(),
});
export type ContactLogEntry = z.infer<typeof contactLogEntry>;

export const relativeMethods = {
  'relatives.list': method({
    summary: 'En borgers pårørende med hvad de må informeres om (ud fra aktive samtykker).',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.array(relative),
  }),
  'relatives.create': method({
    summary: 'Tilføj en pårørende. Kun én kan være nærmeste pårørende.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: relativeFields.extend({ citizenId: id('Borger') }),
    output: relative,
  }),
  'relatives.update': method({
    summary: 'Ret en pårørende.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: relativeFields.extend({ id: id('Pårørende') }),
    output: relative,
  }),
  'relatives.delete': method({
    summary: 'Fjern en pårørende (kontaktloggen bevares).',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Pårørende') }),
    output: z.object({}),
  }),
  'relatives.contactLog': method({
    summary: 'Kontaktloggen med en borgers pårørende, nyeste først.',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.array(contactLogEntry),
  }),
  'relatives.logContact': method({
    summary: 'Skriv en kontakt med pårørende i loggen (dato, form, resumé, medarbejder).',
    access: 'notes.write',
    kind: 'write',
    citizenData: true,
    input: z.object({
      citizenId: id('Borger'),
      relativeId: id('Pårørende').nullish().transform((value) => value ?? null),
      date: isoDate('Dato'),
      form: choice('Kontaktform', CONTACT_FORMS),
      summary: requiredText('Resumé', 4000),
      staffName: optionalText('Medarbejder', 120),
    }),
    output: contactLogEntry,
  }),
};
