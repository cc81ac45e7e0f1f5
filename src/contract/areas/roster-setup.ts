// What a residence's roster is built from: shift types with times (dag, aften, nat; awake or
// sleeping night), the staffing need per weekday and shift with required competences, the
// basisplan (a rotation of 1-8 weeks), the working-time limits and supplements (settings), and
// the staff a citizen must not have.
import { z } from 'zod';
import { choice, id, isoDate, optionalText, requiredText, wholeNumber } from '../fields';
import { method } from '../method';
import { NIGHT_MODES, SHIFT_KINDS } from '../roster-terms';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

/** A local clock time `HH:MM` (00:00-23:59). */
export function clockTime(label: string) {
  return z.string({ error: `${label} skal udfyldes` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} skal være tt:mm` });
}

export const shiftType = z.object({
  id: z.number().int(),
  residenceId: z.number().int(),
  name: z.string(),
  kind: z.enum(SHIFT_KINDS),
  /** Local times; an end at or before the start ends the next day (a night shift 23:00-07:00). */
  start: z.string(),
  end: z.string(),
  nightMode: z.enum(NIGHT_MODES).nullable(),
  /** Length in minutes on an ordinary day (not a daylight-saving change). */
  minutes: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ShiftType = z.infer<typeof shiftType>;

const shiftTypeShape = {
  name: requiredText('Navn', 60),
  kind: choice('Vagttype', SHIFT_KINDS),
  start: clockTime('Start'),
  end: clockTime('Slut'),
  nightMode: nullable(choice('Nattevagt', NIGHT_MODES)),
};
const startDiffersFromEnd = (value: { start: string; end: string }) => value.start !== value.end;
const sameTimeMessage = { path: ['end'], error: 'Slut kan ikke være det samme klokkeslæt som start' };

export const staffingNeed = z.object({
  shiftTypeId: z.number().int(),
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int(),
  count: z.number().int(),
  competenceIds: z.array(z.number().int()),
});
export type StaffingNeed = z.infer<typeof staffingNeed>;

export const rotationSlot = z.object({ week: z.number().int(), weekday: z.number().int(), shiftTypeId: z.number().int(), staffId: z.number().int() });
export type RotationSlot = z.infer<typeof rotationSlot>;

export const rotation = z.object({
  residenceId: z.number().int(),
  /** 0 while the residence has no basisplan. */
  version: z.number().int(),
  weeks: z.number().int(),
  /** A Monday: week 1 of the rotation starts here and repeats every `weeks` weeks. */
  startDate: z.string().nullable(),
  slots: z.array(rotationSlot),
});
export type Rotation = z.infer<typeof rotation>;

export const rosterSettings = z.object({
  dailyRestMinutes: z.number().int(),
  weeklyRestMinutes: z.number().int(),
  averageWeekMinutes: z.number().int(),
  referenceWeeks: z.number().int(),
  eveningPermille: z.number().int(),
  nightPermille: z.number().int(),
  weekendPermille: z.number().int(),
  holidayPermille: z.number().int(),
  eveningFrom: z.string(),
  nightFrom: z.string(),
  nightTo: z.string(),
  version: z.number().int(),
});
export type RosterSettings = z.infer<typeof rosterSettings>;

export const excludedStaff = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  staffId: z.number().int(),
  staffName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});
export type ExcludedStaff = z.infer<typeof excludedStaff>;

export const rosterSetupMethods = {
  'shiftTypes.list': method({
    summary: 'Et botilbuds vagttyper (dag, aften, nat) med tider, efter starttid.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ residenceId: id('Botilbud'), includeInactive: z.boolean().default(false) }),
    output: z.array(shiftType),
  }),
  'shiftTypes.create': method({
    summary: 'Opret en vagttype i et botilbud. Slut før start betyder, at vagten slutter næste dag; højst 16 timer.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ residenceId: id('Botilbud'), ...shiftTypeShape }).refine(startDiffersFromEnd, sameTimeMessage),
    output: shiftType,
  }),
  'shiftTypes.update': method({
    summary: 'Ret eller deaktivér en vagttype; version skal matche. Allerede planlagte vagter beholder deres tider.',
    access: 'roster.write',
    kind: 'write',
    input: z
      .object({ id: id('Vagttype'), version: z.number().int().min(1), active: z.boolean({ error: 'Aktiv skal være ja eller nej' }), ...shiftTypeShape })
      .refine(startDiffersFromEnd, sameTimeMessage),
    output: shiftType,
  }),
  'staffingNeeds.list': method({
    summary: 'Et botilbuds bemandingsbehov pr. ugedag og vagttype, med krævede kompetencer.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ residenceId: id('Botilbud') }),
    output: z.array(staffingNeed),
  }),
  'staffingNeeds.set': method({
    summary: 'Erstat et botilbuds bemandingsbehov. Hver række: vagttype, ugedag 1-7, antal og krævede kompetencer.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({
      residenceId: id('Botilbud'),
      needs: z
        .array(
          z.object({
            shiftTypeId: id('Vagttype'),
            weekday: wholeNumber('Ugedag', 1, 7),
            count: wholeNumber('Antal', 0, 50),
            competenceIds: z.array(id('Kompetence'), { error: 'Kompetencer skal være en liste' }).max(20).default([]),
          }),
          { error: 'Bemandingsbehov skal være en liste' },
        )
        .max(7 * 20, { error: 'Bemandingsbehov: for mange rækker' }),
    }),
    output: z.array(staffingNeed),
  }),
  'rotations.get': method({
    summary: 'Et botilbuds basisplan: en rotation på 1-8 uger, der sætter fastansatte på vagter.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ residenceId: id('Botilbud') }),
    output: rotation,
  }),
  'rotations.save': method({
    summary: 'Gem et botilbuds basisplan (hele planen); version er 0 første gang. Startdatoen skal være en mandag.',
    access: 'roster.write',
    kind: 'write',
    input: z
      .object({
        residenceId: id('Botilbud'),
        version: z.number().int().min(0),
        weeks: wholeNumber('Antal uger', 1, 8),
        startDate: isoDate('Startdato'),
        slots: z
          .array(z.object({ week: wholeNumber('Uge', 1, 8), weekday: wholeNumber('Ugedag', 1, 7), shiftTypeId: id('Vagttype'), staffId: id('Medarbejder') }), {
            error: 'Vagterne skal være en liste',
          })
          .max(8 * 7 * 30),
      })
      .superRefine((value, ctx) => {
        value.slots.forEach((slot, index) => {
          if (slot.week > value.weeks) {
            ctx.addIssue({ code: 'custom', path: ['slots', index, 'week'], message: `Uge ${slot.week} ligger uden for basisplanens ${value.weeks} uger` });
          }
        });
      }),
    output: rotation,
  }),
  'rotations.rollOut': method({
    summary:
      'Rul basisplanen ud på konkrete datoer i en periode (højst 26 uger): vagter til de fastansatte (kontrolleret mod arbejdstidsreglerne; brud vises) og ledige vagter for det bemandingsbehov, planen ikke dækker. Fravær giver ledige vagter. Dage, der allerede er rullet ud, springes over.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ residenceId: id('Botilbud'), from: isoDate('Fra'), to: isoDate('Til') }).refine((value) => value.to >= value.from, { path: ['to'], error: 'Til kan ikke ligge før Fra' }),
    output: z.object({
      created: z.number().int(),
      open: z.number().int(),
      skippedDays: z.number().int(),
      /** Assignments the basisplan makes that break a working-time rule: kept, and shown so the planner can act. */
      violations: z.array(z.object({ date: z.string(), staffId: z.number().int(), staffName: z.string(), message: z.string() })),
    }),
  }),
  'roster.settings': method({
    summary: 'Grænserne for arbejdstid (hvile, fridøgn, gennemsnit, referenceperiode) og tillæg.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({}).default({}),
    output: rosterSettings,
  }),
  'roster.updateSettings': method({
    summary: 'Ret grænserne for arbejdstid og tillæggene; version skal matche.',
    access: 'settings.write',
    kind: 'write',
    input: z.object({
      dailyRestMinutes: wholeNumber('Daglig hvile', 8 * 60, 24 * 60),
      weeklyRestMinutes: wholeNumber('Ugentligt fridøgn', 24 * 60, 72 * 60),
      averageWeekMinutes: wholeNumber('Gennemsnitlig ugentlig arbejdstid', 20 * 60, 60 * 60),
      referenceWeeks: wholeNumber('Referenceperiode (uger)', 1, 52),
      eveningPermille: wholeNumber('Aftentillæg', 0, 2000),
      nightPermille: wholeNumber('Nattillæg', 0, 2000),
      weekendPermille: wholeNumber('Weekendtillæg', 0, 2000),
      holidayPermille: wholeNumber('Helligdagstillæg', 0, 2000),
      eveningFrom: clockTime('Aften fra'),
      nightFrom: clockTime('Nat fra'),
      nightTo: clockTime('Nat til'),
      version: z.number().int().min(1),
    }),
    output: rosterSettings,
  }),
  'citizens.excludedStaff': method({
    summary: 'De medarbejdere, en borger ikke må have (med begrundelse).',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.array(excludedStaff),
  }),
  'citizens.excludeStaff': method({
    summary: 'Registrér, at en borger ikke må have en bestemt medarbejder; vagtplanen håndhæver det uden at nævne borgeren.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ citizenId: id('Borger'), staffId: id('Medarbejder'), reason: requiredText('Begrundelse', 500) }),
    output: excludedStaff,
  }),
  'citizens.removeExcludedStaff': method({
    summary: 'Fjern en registrering af, at en borger ikke må have en medarbejder.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Registrering'), note: optionalText('Bemærkning', 500) }),
    output: z.object({}),
  }),
};
