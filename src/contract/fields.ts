// Zod building blocks for input fields, each carrying its Danish label so that every
// validation message names the field ("Navn skal udfyldes"). One place for these rules.
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} skal udfyldes` })
    .trim()
    .min(1, { error: `${label} skal udfyldes` })
    .max(max, { error: `${label} må højst være ${max} tegn` });
}

/** Optional free text: an empty string is stored as null. */
export function optionalText(label: string, max = 2000) {
  return z
    .string({ error: `${label} skal være tekst` })
    .trim()
    .max(max, { error: `${label} må højst være ${max} tegn` })
    .nullish()
    .transform((value) => (value ? value : null));
}

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} skal være et tal` })
    .int({ error: `${label} skal være et helt tal` })
    .min(min, { error: `${label} skal være mindst ${min}` })
    .max(max, { error: `${label} må højst være ${max}` });
}

export function id(label: string) {
  return z
    .number({ error: `${label} mangler` })
    .int({ error: `${label} er ugyldig` })
    .positive({ error: `${label} er ugyldig` });
}

/** Danish phone numbers: 8 digits, optionally +45 and spaces. Stored as typed, trimmed. */
export function optionalPhone(label: string) {
  return z
    .string({ error: `${label} skal være tekst` })
    .trim()
    .refine((value) => value === '' || /^(\+45\s?)?(\d\s?){7}\d$/.test(value), {
      error: `${label} skal være 8 cifre (evt. med +45)`,
    })
    .nullish()
    .transform((value) => (value ? value : null));
}

export function optionalEmail(label: string) {
  return z
    .string({ error: `${label} skal være tekst` })
    .trim()
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      error: `${label} er ikke en gyldig e-mailadresse`,
    })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** CVR: 8 digits. The modulus-11 check is not applied: it is not a rule the register promises. */
export function optionalCvr(label: string) {
  return z
    .string({ error: `${label} skal være tekst` })
    .trim()
    .refine((value) => value === '' || /^\d{8}$/.test(value), { error: `${label} skal være 8 cifre` })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Danish postal code: 4 digits. */
export function optionalPostalCode(label: string) {
  return z
    .string({ error: `${label} skal være tekst` })
    .trim()
    .refine((value) => value === '' || /^\d{4}$/.test(value), { error: `${label} skal være 4 cifre` })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** A calendar date as ISO `YYYY-MM-DD` (the wire format; the UI shows dd-mm-åååå). */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} skal udfyldes` })
    .refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: `${label} er ikke en gyldig dato`,
    });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label} har en ugyldig værdi` });
}

/** Paging for long lists: the server sorts and slices; the UI asks for one page at a time. */
export const pageInput = {
  page: wholeNumber('Side', 1, 1_000_000).default(1),
  pageSize: wholeNumber('Antal pr. side', 1, 500).default(50),
};

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const isoDateTime = z.string();
export const emptyInput = z.object({}).strict().default({});

/** Optional ISO date: empty or missing is null. */
export function optionalIsoDate(label: string) {
  return z
    .union([isoDate(label), z.literal('')], { error: `${label} er ikke en gyldig dato` })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Money as integer øre (kroner × 100), so no floating-point amount is ever stored. */
export function ore(label: string) {
  return z
    .number({ error: `${label} skal være et beløb` })
    .int({ error: `${label} skal angives i hele øre` })
    .min(0, { error: `${label} kan ikke være negativ` })
    .max(100_000_000, { error: `${label} er urimeligt stor` });
}

/** A period `from`-`to` (inclusive) of at most `maxDays` days, with the method's other fields. */
export const period = <T extends z.ZodRawShape>(shape: T, maxDays: number) =>
  z.object({ ...shape, from: isoDate('Fra'), to: isoDate('Til') }).superRefine((value, ctx) => {
    const { from, to } = value as unknown as { from: string; to: string };
    if (to < from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Til kan ikke ligge før Fra' });
    else if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= maxDays) ctx.addIssue({ code: 'custom', path: ['to'], message: `Perioden må højst være ${maxDays} dage` });
  });

/** A calendar month as `åååå-mm`. */
export const month = z.string({ error: 'Måned skal udfyldes' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Måned skal være åååå-mm' });
