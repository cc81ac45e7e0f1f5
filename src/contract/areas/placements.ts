// Placements (bevillinger): which municipality acts and pays for a citizen's place, on what legal
// basis and at what daily rate (takst, in øre), for which period. Periods never overlap.
import { z } from 'zod';
import { id, isoDate, optionalEmail, optionalIsoDate, optionalPhone, optionalText, ore, requiredText } from '../fields';
import { method } from '../method';

const municipalityCode = (label: string) =>
  z.string({ error: `${label} skal udfyldes` }).regex(/^\d{4}$/, { error: `${label}: vælg en kommune fra listen` });

export const placementFields = z
  .object({
    actingMunicipalityCode: municipalityCode('Handlekommune'),
    payingMunicipalityCode: municipalityCode('Betalingskommune'),
    caseWorkerName: optionalText('Sagsbehandler', 120),
    caseWorkerPhone: optionalPhone('Sagsbehandlerens telefon'),
    caseWorkerEmail: optionalEmail('Sagsbehandlerens e-mail'),
    legalBasisCode: requiredText('Lovgrundlag', 40),
    dailyRateOre: ore('Takst pr. døgn'),
    startDate: isoDate('Startdato'),
    endDate: optionalIsoDate('Slutdato'),
  })
  .refine((value) => !value.endDate || value.endDate >= value.startDate, {
    path: ['endDate'],
    error: 'Slutdato kan ikke ligge før startdatoen',
  });
export type PlacementFields = z.input<typeof placementFields>;

export const placement = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  actingMunicipalityCode: z.string(),
  actingMunicipalityName: z.string(),
  payingMunicipalityCode: z.string(),
  payingMunicipalityName: z.string(),
  caseWorkerName: z.string().nullable(),
  caseWorkerPhone: z.string().nullable(),
  caseWorkerEmail: z.string().nullable(),
  legalBasisCode: z.string(),
  legalBasisLabel: z.string(),
  dailyRateOre: z.number().int(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  current: z.boolean(),
});
export type Placement = z.infer<typeof placement>;

export const placementMethods = {
  'placements.list': method({
    summary: 'En borgers bevillinger, nyeste først.',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.array(placement),
  }),
  'placements.create': method({
    summary: 'Registrér en bevilling; perioden må ikke overlappe borgerens andre bevillinger.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: placementFields.and(z.object({ citizenId: id('Borger') })),
    output: placement,
  }),
  'placements.update': method({
    summary: 'Ret en bevilling, fx afslut den med en slutdato.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: placementFields.and(z.object({ id: id('Bevilling') })),
    output: placement,
  }),
  'placements.delete': method({
    summary: 'Slet en fejlregistreret bevilling.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Bevilling') }),
    output: z.object({}),
  }),
};
