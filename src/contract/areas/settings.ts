// Provider settings (the tilbud): name, CVR, address and logo, used on screens and report letterheads.
import { z } from 'zod';
import { optionalCvr, optionalEmail, optionalPhone, optionalPostalCode, optionalText, requiredText } from '../fields';
import { method } from '../method';

export const LOGO_MAX_BYTES = 1_000_000;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;

export const providerFields = z.object({
  name: requiredText('Navn på tilbuddet', 160),
  cvr: optionalCvr('CVR-nummer'),
  street: optionalText('Adresse', 200),
  postalCode: optionalPostalCode('Postnummer'),
  city: optionalText('By', 100),
  phone: optionalPhone('Telefon'),
  email: optionalEmail('E-mail'),
});
export type ProviderFields = z.input<typeof providerFields>;

export const provider = z.object({
  name: z.string(),
  cvr: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** A data: URL of the logo, or null when none is set. */
  logoDataUrl: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Provider = z.infer<typeof provider>;

export const settingsMethods = {
  'settings.getProvider': method({
    summary: 'Tilbuddets stamdata og logo.',
    access: 'settings.read',
    kind: 'read',
    input: z.object({}).default({}),
    output: provider,
  }),
  'settings.updateProvider': method({
    summary: 'Ret tilbuddets stamdata.',
    access: 'settings.write',
    kind: 'write',
    input: providerFields,
    output: provider,
  }),
  'settings.setLogo': method({
    summary: 'Sæt tilbuddets logo (PNG eller JPEG, højst 1 MB, base64) eller fjern det (null).',
    access: 'settings.write',
    kind: 'write',
    input: z
      .object({
        mimeType: z.enum(LOGO_MIME_TYPES, { error: 'Logo skal være PNG eller JPEG' }).nullable(),
        base64: z.string({ error: 'Logo mangler' }).max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, { error: 'Logo må højst fylde 1 MB' }).nullable(),
      })
      // Both set (a new logo) or both null (remove it): half of one is a mistake, not a removal.
      .refine((logo) => (logo.mimeType === null) === (logo.base64 === null), {
        path: ['base64'],
        error: 'Logo: angiv både filtype og indhold, eller ingen af dem for at fjerne logoet',
      }),
    output: provider,
  }),
};
