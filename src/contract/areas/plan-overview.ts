// Across citizens: deadlines (frister) due and overdue per residence and contact person, the
// management information (ledelsesinformation) on goals and progression, and the provider's
// mapping from FFB themes to the three effect dimensions.
import { z } from 'zod';
import { choice, id, requiredText, wholeNumber } from '../fields';
import { method } from '../method';
import { EFFECT_DIMENSIONS } from '../plan-terms';
import { deadline } from './plans';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

const goalCounts = {
  activeGoals: z.number().int(),
  /** Closed as opnået in the year. */
  reachedThisYear: z.number().int(),
  /** Closed (any outcome) in the year. */
  closedThisYear: z.number().int(),
  /** Goals active at some time in the year with two or more scored evaluations. */
  evaluatedGoals: z.number().int(),
  /** Of those, the ones whose latest evaluation is better than their first. */
  withProgression: z.number().int(),
  withDecline: z.number().int(),
  /** withProgression / evaluatedGoals; null when no goal has two evaluations. */
  progressionShare: z.number().nullable(),
};

export const planOverview = z.object({
  year: z.number().int(),
  totals: z.object({ ...goalCounts, overdueFollowUps: z.number().int() }),
  byResidence: z.array(z.object({ residenceId: z.number().int(), residenceName: z.string(), ...goalCounts, overdueFollowUps: z.number().int() })),
  byTheme: z.array(z.object({ themeCode: z.string(), themeLabel: z.string(), ...goalCounts })),
  byDimension: z.array(z.object({ dimension: z.enum(EFFECT_DIMENSIONS), ...goalCounts })),
});
export type PlanOverview = z.infer<typeof planOverview>;

export const effectMappingRow = z.object({ themeCode: z.string(), themeLabel: z.string(), dimension: z.enum(EFFECT_DIMENSIONS).nullable() });
export type EffectMappingRow = z.infer<typeof effectMappingRow>;

export const planOverviewMethods = {
  'plans.deadlines': method({
    summary:
      'Frister for de borgere, brugeren må se: første opfølgning senest 3 måneder efter indflytning, årligt statusmøde og hvert aktivt måls opfølgningsdato; de overskredne og dem, der forfalder inden for et antal dage. Ældste først.',
    access: 'plans.read',
    kind: 'read',
    citizenData: true,
    input: z
      .object({
        residenceId: nullable(id('Botilbud')),
        contactStaffId: nullable(id('Kontaktperson')),
        withinDays: wholeNumber('Antal dage', 0, 365).default(30),
      })
      .prefault({}),
    output: z.array(deadline),
  }),
  'plans.overview': method({
    summary:
      'Ledelsesinformation for et år: aktive mål, mål nået og afsluttet, andel med progression, overskredne opfølgninger, pr. botilbud, FFB-tema og effektdimension. Kun tal, ingen navne.',
    access: 'plans.read',
    kind: 'read',
    input: z.object({ residenceId: nullable(id('Botilbud')), year: nullable(wholeNumber('År', 2000, 2100)) }).prefault({}),
    output: planOverview,
  }),
  'plans.effectMapping': method({
    summary: 'Hvilken effektdimension hvert FFB-tema tæller med i.',
    access: 'plans.read',
    kind: 'read',
    input: z.object({}).default({}),
    output: z.array(effectMappingRow),
  }),
  'plans.setEffectMapping': method({
    summary: 'Ret koblingen fra FFB-temaer til effektdimensioner (temaer uden dimension tælles ikke med).',
    access: 'settings.write',
    kind: 'write',
    input: z.object({
      mapping: z
        .array(z.object({ themeCode: requiredText('Tema', 64), dimension: nullable(choice('Effektdimension', EFFECT_DIMENSIONS)) }), {
          error: 'Koblingen skal være en liste',
        })
        .max(100),
    }),
    output: z.array(effectMappingRow),
  }),
};
