// Consent (samtykke): what may be shared, with whom, given when and by whom (the citizen or the
// guardian), until when, and whether it was revoked. Never edited: a correction is a revocation
// and a new consent, so the record of what was agreed stays intact.
import { z } from 'zod';
import { choice, id, isoDate, optionalIsoDate, optionalText, requiredText, wholeNumber } from '../fields';
import { method } from '../method';

export const CONSENT_SUBJECTS = ['helbred', 'medicin', 'hverdag', 'plan', 'oekonomi', 'sociale-forhold', 'alt'] as const;
export type ConsentSubject = (typeof CONSENT_SUBJECTS)[number];
export const CONSENT_SUBJECT_LABELS: Record<ConsentSubject, string> = {
  helbred: 'Helbred og sundhed',
  medicin: 'Medicin',
  hverdag: 'Hverdagsliv og trivsel',
  plan: 'Pædagogisk plan og mål',
  oekonomi: 'Økonomi',
  'sociale-forhold': 'Sociale forhold og netværk',
  alt: 'Alle oplysninger',
};

export const CONSENT_RECIPIENTS = ['paaroerende', 'kommune', 'laege', 'andet'] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];
export const CONSENT_RECIPIENT_LABELS: Record<ConsentRecipient, string> = {
  paaroerende: 'Pårørende',
  kommune: 'Kommune',
  laege: 'Læge',
  andet: 'Andet',
};

export const CONSENT_GIVERS = ['borger', 'vaerge'] as const;

/** Derived each day: active, expiring within 30 days, expired, revoked (revocation wins). */
export const CONSENT_STATES = ['aktiv', 'udloeber', 'udloebet', 'tilbagekaldt'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
export const CONSENT_EXPIRY_WARNING_DAYS = 30;

export const consent = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  subjects: z.array(z.enum(CONSENT_SUBJECTS)),
  recipientType: z.enum(CONSENT_RECIPIENTS),
  relativeId: z.number().int().nullable(),
  recipientName: z.string(),
  givenDate: z.string(),
  givenBy: z.enum(CONSENT_GIVERS),
  expiresDate: z.string().nullable(),
  revokedDate: z.string().nullable(),
  revokedReason: z.string().nullable(),
  note: z.string().nullable(),
  state: z.enum(CONSENT_STATES),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Consent = z.infer<typeof consent>;

/** The states that need attention across citizens: expiring soon, recently expired, recently revoked. */
export const ATTENTION_STATES = ['udloeber', 'udloebet', 'tilbagekaldt'] as const;
export const consentAttentionRow = z.object({
  consentId: z.number().int(),
  citizenId: z.number().int(),
  citizenName: z.string(),
  residenceName: z.string().nullable(),
  recipientName: z.string(),
  subjects: z.array(z.enum(CONSENT_SUBJECTS)),
  state: z.enum(ATTENTION_STATES),
  /** The expiry date (udløber, udløbet) or the revocation date (tilbagekaldt). */
  date: z.string(),
});
export type ConsentAttentionRow = z.infer<typeof consentAttentionRow>;

export const consentMethods = {
  'consents.list': method({
    summary: 'En borgers samtykker med tilstand i dag (aktiv, udløber snart, udløbet, tilbagekaldt).',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.array(consent),
  }),
  'consents.attention': method({
    summary:
      'Samtykker på tværs af de borgere, brugeren må se, der udløber inden for et antal dage, eller som udløb eller blev tilbagekaldt inden for lige så mange dage og ikke er afløst af et nyere gældende samtykke til samme modtager. Sorteret efter dato.',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ withinDays: wholeNumber('Antal dage', 1, 365).default(CONSENT_EXPIRY_WARNING_DAYS) }).prefault({}),
    output: z.array(consentAttentionRow),
  }),
  'consents.create': method({
    summary: 'Registrér et samtykke. Modtageren er en af borgerens pårørende eller en navngiven kommune, læge el.lign.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z
      .object({
        citizenId: id('Borger'),
        subjects: z.array(choice('Hvad må deles', CONSENT_SUBJECTS), { error: 'Hvad må deles skal udfyldes' }).min(1, { error: 'Hvad må deles: vælg mindst ét emne' }),
        recipientType: choice('Modtager', CONSENT_RECIPIENTS),
        relativeId: id('Pårørende').nullish().transform((value) => value ?? null),
        recipientName: optionalText('Modtagerens navn', 160),
        givenDate: isoDate('Givet dato'),
        givenBy: choice('Givet af', CONSENT_GIVERS),
        expiresDate: optionalIsoDate('Udløbsdato'),
        note: optionalText('Bemærkning', 1000),
      })
      .refine((value) => value.recipientType !== 'paaroerende' || value.relativeId !== null, {
        path: ['relativeId'],
        error: 'Pårørende: vælg hvilken pårørende samtykket gælder',
      })
      .refine((value) => value.recipientType === 'paaroerende' || Boolean(value.recipientName), {
        path: ['recipientName'],
        error: 'Modtagerens navn skal udfyldes',
      })
      .refine((value) => !value.expiresDate || value.expiresDate > value.givenDate, {
        path: ['expiresDate'],
        error: 'Udløbsdato skal ligge efter datoen, samtykket blev givet',
      }),
    output: consent,
  }),
  'consents.revoke': method({
    summary: 'Tilbagekald et samtykke fra en dato, med begrundelse.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Samtykke'), revokedDate: isoDate('Tilbagekaldt dato'), reason: requiredText('Begrundelse', 1000) }),
    output: consent,
  }),
};
