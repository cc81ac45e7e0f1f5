// Reports as PDF: the statusrapport per citizen, the municipality and region report, occupancy,
// the printed weekly roster, substitute hours and the vikarmappe. Generating renders and stores a
// draft the user previews; marking it sent freezes the exact file with its hash, who and when.
import { z } from 'zod';
import { choice, id, isoDate, month, optionalIsoDate, optionalText, period, requiredText } from '../fields';
import { method } from '../method';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const REPORT_KINDS = ['status', 'municipality', 'region', 'occupancy', 'weekly_roster', 'substitute_hours', 'vikarmappe'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Kinds that go to a commissioning municipality or region and can be marked as sent (then frozen). */
export const SENDABLE_REPORT_KINDS = ['status', 'municipality', 'region', 'occupancy'] as const satisfies readonly ReportKind[];

export const STATUS_REASONS = ['aarlig', 'revision', 'aendret_behov', 'andet'] as const;
export type StatusReason = (typeof STATUS_REASONS)[number];
export const RECOMMENDATIONS = ['fortsaet', 'juster', 'afslut', 'henvis'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The longest period a report may cover, in days (five years; longer is a typo). */
export const REPORT_MAX_DAYS = 5 * 366;

/** Full CPR only when the user chooses it and holds citizens.cpr; masked (DDMMÅÅ-xxxx) otherwise. */
const fullCpr = z.boolean({ error: 'Fuldt CPR-nummer skal være ja eller nej' }).default(false);

/** The free-text parts of a statusrapport, written in the app before generating. One per citizen. */
export const statusDraftFields = z.object({
  citizenId: id('Borger'),
  periodFrom: isoDate('Periode fra'),
  periodTo: isoDate('Periode til'),
  reason: choice('Anledning', STATUS_REASONS),
  reasonText: optionalText('Anledning (uddybning)', 500),
  assessment: optionalText('Samlet vurdering', 8000),
  recommendation: nullable(choice('Anbefaling', RECOMMENDATIONS)),
  recommendationText: optionalText('Begrundelse for anbefalingen', 4000),
  nextFollowUp: optionalIsoDate('Næste opfølgning'),
  citizenRemarks: optionalText('Borgerens bemærkninger', 4000),
  guardianRemarks: optionalText('Værges eller pårørendes bemærkninger', 4000),
  signerName: optionalText('Underskriver', 160),
  signerTitle: optionalText('Underskrivers titel', 160),
  /** 0 for a draft never saved. */
  version: z.number({ error: 'Version mangler' }).int().min(0),
});
export type StatusDraftFields = z.input<typeof statusDraftFields>;

export const statusDraft = z.object({
  citizenId: z.number().int(),
  periodFrom: z.string(),
  periodTo: z.string(),
  reason: z.enum(STATUS_REASONS),
  reasonText: z.string().nullable(),
  assessment: z.string().nullable(),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  recommendationText: z.string().nullable(),
  nextFollowUp: z.string().nullable(),
  citizenRemarks: z.string().nullable(),
  guardianRemarks: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type StatusDraft = z.infer<typeof statusDraft>;

/** What a new substitute must know about a residence; printed as the vikarmappe. */
export const briefingFields = z.object({
  residenceId: id('Botilbud'),
  routines: optionalText('Husets rutiner', 8000),
  practical: optionalText('Praktisk (nøgler, alarm, medicinrum)', 8000),
  emergency: optionalText('Ved akutte situationer', 4000),
  phoneNumbers: z
    .array(z.object({ label: requiredText('Telefonliste: hvem', 120), phone: requiredText('Telefonliste: nummer', 40) }), { error: 'Telefonliste skal være en liste' })
    .max(40, { error: 'Telefonliste: højst 40 numre' })
    .default([]),
  /** Per current resident: what a substitute must know (no diagnoses; the plan stays in Kerne). */
  residents: z
    .array(z.object({ citizenId: id('Beboer'), text: optionalText('Om beboeren', 2000) }), { error: 'Beboere skal være en liste' })
    .max(200, { error: 'Beboere: højst 200' })
    .default([]),
  version: z.number({ error: 'Version mangler' }).int().min(0),
});
export type BriefingFields = z.input<typeof briefingFields>;

export const briefing = z.object({
  residenceId: z.number().int(),
  residenceName: z.string(),
  routines: z.string().nullable(),
  practical: z.string().nullable(),
  emergency: z.string().nullable(),
  phoneNumbers: z.array(z.object({ label: z.string(), phone: z.string() })),
  /** Every current resident (first name and room), with the text written for substitutes, if any. */
  residents: z.array(z.object({ citizenId: z.number().int(), firstName: z.string(), room: z.string().nullable(), text: z.string().nullable() })),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Briefing = z.infer<typeof briefing>;

/** One generated report: a draft until marked as sent, then frozen. */
export const reportSummary = z.object({
  id: z.number().int(),
  kind: z.enum(REPORT_KINDS),
  title: z.string(),
  /** What the report is about, for lists: the citizen's name, the municipality, the residence, the month. */
  subject: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  citizenId: z.number().int().nullable(),
  municipalityCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  residenceId: z.number().int().nullable(),
  fileName: z.string(),
  pageCount: z.number().int(),
  byteSize: z.number().int(),
  /** SHA-256 of the PDF, hex. */
  sha256: z.string(),
  fullCpr: z.boolean(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  sentAt: z.string().nullable(),
  sentBy: z.string().nullable(),
  recipient: z.string().nullable(),
  /** Things the user should know about the render (no logo in the letterhead, an empty period). */
  warnings: z.array(z.string()),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportFile = reportSummary.extend({ base64: z.string() });
export type ReportFile = z.infer<typeof reportFile>;

export const reportMethods = {
  'reports.statusDraft': method({
    summary: 'Statusrapportens fritekst for en borger (periode, anledning, vurdering, anbefaling, bemærkninger); et tomt udkast, hvis intet er gemt.',
    access: 'reports.generate',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: statusDraft,
  }),
  'reports.saveStatusDraft': method({
    summary: 'Gem statusrapportens fritekst (versionsstyret).',
    access: 'reports.generate',
    kind: 'write',
    citizenData: true,
    input: statusDraftFields
      .refine((value) => value.periodTo >= value.periodFrom, { path: ['periodTo'], error: 'Periode til kan ikke ligge før periode fra' }),
    output: statusDraft,
  }),
  'reports.generateStatus': method({
    summary: 'Dan statusrapporten for en borger ud fra det gemte udkast; gemmes som kladde til forhåndsvisning.',
    access: 'reports.generate',
    kind: 'write',
    citizenData: true,
    input: z.object({ citizenId: id('Borger'), fullCpr }),
    output: reportSummary,
  }),
  'reports.generateMunicipality': method({
    summary: 'Dan rapporten til en handlekommune (eller alle en regions kommuner) for en periode: belægningsdøgn, fakturagrundlag, mål, progression, magtanvendelser.',
    access: 'reports.generate',
    kind: 'write',
    citizenData: true,
    input: period({
      municipalityCode: nullable(z.string().regex(/^\d{3,4}$/, { error: 'Kommune er ugyldig' })),
      regionCode: nullable(z.string().regex(/^\d{4}$/, { error: 'Region er ugyldig' })),
      fullCpr,
    }, REPORT_MAX_DAYS).refine((value) => (value.municipalityCode === null) !== (value.regionCode === null), {
      path: ['municipalityCode'],
      error: 'Vælg enten en kommune eller en region',
    }),
    output: reportSummary,
  }),
  'reports.generateOccupancy': method({
    summary: 'Dan belægningsrapporten pr. botilbud (alle, man har adgang til, eller ét) for en periode.',
    access: 'reports.generate',
    kind: 'write',
    input: period({ residenceId: nullable(id('Botilbud')) }, REPORT_MAX_DAYS),
    output: reportSummary,
  }),
  'reports.generateWeeklyRoster': method({
    summary: 'Dan den udskrevne ugeplan for et botilbud (mandag til søndag).',
    access: 'roster.read',
    kind: 'write',
    input: z.object({ residenceId: id('Botilbud'), weekStart: isoDate('Uge') }),
    output: reportSummary,
  }),
  'reports.generateSubstituteHours': method({
    summary: 'Dan opgørelsen af vikartimer for en måned (timer, tillægstimer og løn pr. vikar).',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ month }),
    output: reportSummary,
  }),
  'reports.generateVikarmappe': method({
    summary: 'Dan vikarmappen for et botilbud: rutiner, praktisk, telefonliste og hvad en vikar skal vide om beboerne.',
    access: 'reports.generate',
    kind: 'write',
    citizenData: true,
    input: z.object({ residenceId: id('Botilbud') }),
    output: reportSummary,
  }),
  'reports.briefing': method({
    summary: 'Vikarmappens indhold for et botilbud, med alle nuværende beboere.',
    access: 'reports.generate',
    kind: 'read',
    citizenData: true,
    input: z.object({ residenceId: id('Botilbud') }),
    output: briefing,
  }),
  'reports.saveBriefing': method({
    summary: 'Gem vikarmappens indhold for et botilbud (versionsstyret).',
    access: 'reports.generate',
    kind: 'write',
    citizenData: true,
    input: briefingFields,
    output: briefing,
  }),
  'reports.list': method({
    summary: 'Dannede og sendte rapporter, nyeste først, filtreret på borger, kommune, botilbud, art og status.',
    access: 'reports.generate',
    kind: 'read',
    citizenData: true,
    input: z.object({
      citizenId: nullable(id('Borger')),
      municipalityCode: nullable(z.string().regex(/^\d{3,4}$/, { error: 'Kommune er ugyldig' })),
      residenceId: nullable(id('Botilbud')),
      kind: nullable(choice('Rapporttype', REPORT_KINDS)),
      sentOnly: z.boolean({ error: 'Kun sendte skal være ja eller nej' }).default(false),
    }),
    output: z.array(reportSummary),
  }),
  'reports.file': method({
    summary: 'Den gemte PDF for en rapport (en sendt rapport er altid den frosne fil, aldrig en ny gengivelse).',
    access: 'signedIn',
    kind: 'read',
    input: z.object({ id: id('Rapport') }),
    output: reportFile,
  }),
  'reports.markSent': method({
    summary: 'Markér en rapport som sendt til modtageren: filen, dens SHA-256, hvem og hvornår fryses.',
    access: 'reports.generate',
    kind: 'write',
    input: z.object({ id: id('Rapport'), recipient: requiredText('Modtager', 300) }),
    output: reportSummary,
  }),
};
