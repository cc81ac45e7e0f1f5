// The roster itself: concrete shifts (from the basisplan, the staffing need or by hand), absence
// that turns shifts into open shifts, the week and 4-week grid per residence, the pool of open
// shifts, assignments checked against the working-time rules (override only with a reason, kept
// in the tilsynsbog), ranked replacement suggestions, continuity, hours and cost, payroll and
// iCalendar exports, and locking an approved period.
import { z } from 'zod';
import { choice, id, isoDate, month, optionalText, period, wholeNumber } from '../fields';
import { method } from '../method';
import { ABSENCE_KINDS, OPEN_REASONS, ROSTER_RULES, SHIFT_KINDS, SHIFT_SOURCES } from '../roster-terms';
import { clockTime } from './roster-setup';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const shift = z.object({
  id: z.number().int(),
  residenceId: z.number().int(),
  residenceName: z.string(),
  shiftTypeId: z.number().int().nullable(),
  shiftTypeName: z.string(),
  kind: z.enum(SHIFT_KINDS),
  /** The local date the shift starts on, and its local times (end may be the next day). */
  date: z.string(),
  start: z.string(),
  end: z.string(),
  /** UTC instants, so lengths are right across daylight-saving changes. */
  startsAt: z.string(),
  endsAt: z.string(),
  minutes: z.number().int(),
  sleeping: z.boolean(),
  /** Null: an open shift (ledig vagt). */
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  employment: z.enum(['fast', 'vikar']).nullable(),
  openReason: z.enum(OPEN_REASONS).nullable(),
  source: z.enum(SHIFT_SOURCES),
  requiredCompetenceIds: z.array(z.number().int()),
  /** True when the shift lies in an approved (locked) period. */
  locked: z.boolean(),
  version: z.number().int(),
});
export type Shift = z.infer<typeof shift>;

export const violation = z.object({
  rule: z.enum(ROSTER_RULES),
  /** Danish, with the figures: "Kun 9 t 30 min hvile mellem vagten 02-03 15:00-23:00 og denne (kræver 11 t)". */
  message: z.string(),
  /** False for rules no reason can override (overlap, absence, not employed). */
  overridable: z.boolean(),
});
export type Violation = z.infer<typeof violation>;

export const suggestion = z.object({
  staffId: z.number().int(),
  name: z.string(),
  employment: z.enum(['fast', 'vikar']),
  /** Higher is better; the order of the list. */
  score: z.number(),
  /** Shifts at this residence in the previous 8 weeks (kendte ansigter). */
  knownShifts: z.number().int(),
  /** Minutes already planned in the shift's ISO week. */
  weekMinutes: z.number().int(),
  costOre: z.number().int().nullable(),
  wishes: z.boolean(),
  /** Why this rank, in Danish: "Kendt i botilbuddet (6 vagter de sidste 8 uger)", "Ønsker vagt". */
  reasons: z.array(z.string()),
});
export type Suggestion = z.infer<typeof suggestion>;

export const absence = z.object({
  id: z.number().int(),
  staffId: z.number().int(),
  staffName: z.string(),
  kind: z.enum(ABSENCE_KINDS),
  from: z.string(),
  to: z.string(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Absence = z.infer<typeof absence>;

export const gridDay = z.object({
  date: z.string(),
  isoWeek: z.number().int(),
  weekday: z.number().int(),
  /** The Danish public holiday that day, from the holiday library. */
  holiday: z.string().nullable(),
});

export const coverage = z.object({ date: z.string(), shiftTypeId: z.number().int(), needed: z.number().int(), staffed: z.number().int(), open: z.number().int() });

export const continuityWeek = z.object({
  isoYear: z.number().int(),
  isoWeek: z.number().int(),
  residenceId: z.number().int(),
  residenceName: z.string(),
  substituteShifts: z.number().int(),
  /** Covered by substitutes who worked at the residence in the previous 8 weeks. */
  knownShifts: z.number().int(),
  /** knownShifts / substituteShifts; null without substitute shifts. */
  share: z.number().nullable(),
});
export type ContinuityWeek = z.infer<typeof continuityWeek>;

export const rosterGrid = z.object({
  residenceId: z.number().int(),
  from: z.string(),
  to: z.string(),
  days: z.array(gridDay),
  /** The residence's staff and every substitute with a shift in the period, Danish order. */
  staff: z.array(z.object({ staffId: z.number().int(), name: z.string(), employment: z.enum(['fast', 'vikar']), minutes: z.number().int(), weeklyMinutes: z.number().int() })),
  shifts: z.array(shift),
  absences: z.array(absence),
  coverage: z.array(coverage),
  continuity: z.array(continuityWeek),
  locked: z.array(z.object({ from: z.string(), to: z.string(), approvedBy: z.string(), approvedAt: z.string() })),
});
export type RosterGrid = z.infer<typeof rosterGrid>;

export const staffHours = z.object({
  staffId: z.number().int(),
  name: z.string(),
  employeeNumber: z.string().nullable(),
  employment: z.enum(['fast', 'vikar']),
  shifts: z.number().int(),
  minutes: z.number().int(),
  eveningMinutes: z.number().int(),
  nightMinutes: z.number().int(),
  weekendMinutes: z.number().int(),
  holidayMinutes: z.number().int(),
  /** Null when the staff member has no hourly rate. */
  costOre: z.number().int().nullable(),
});
export type StaffHours = z.infer<typeof staffHours>;

export const tilsynsbogEntry = z.object({
  id: z.number().int(),
  shiftId: z.number().int(),
  date: z.string(),
  residenceName: z.string(),
  staffName: z.string(),
  rules: z.array(z.enum(ROSTER_RULES)),
  message: z.string(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});

export const rosterMethods = {
  'roster.grid': method({
    summary: 'Et botilbuds vagtplan for 1 eller 4 uger fra en mandag: dage med ugenumre og helligdage, medarbejdere, vagter, fravær, dækning mod behov, kontinuitet og godkendte perioder.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ residenceId: id('Botilbud'), from: isoDate('Fra'), weeks: z.union([z.literal(1), z.literal(4)], { error: 'Antal uger skal være 1 eller 4' }).default(1) }),
    output: rosterGrid,
  }),
  'roster.openShifts': method({
    summary: 'Ledige vagter på tværs af botilbud i en periode (vikarkorpsets overblik), ældste først.',
    access: 'roster.read',
    kind: 'read',
    input: period({ residenceId: nullable(id('Botilbud')) }, 93),
    output: z.array(shift),
  }),
  'roster.createShift': method({
    summary: 'Opret en enkelt vagt (ledig eller til en medarbejder) ud fra en vagttype, evt. med andre tider. Tildelingen kontrolleres som ved roster.assign.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({
      shiftTypeId: id('Vagttype'),
      date: isoDate('Dato'),
      start: nullable(clockTime('Start')),
      end: nullable(clockTime('Slut')),
      staffId: nullable(id('Medarbejder')),
      overrideReason: optionalText('Begrundelse for afvigelse', 500),
    }),
    output: shift,
  }),
  'roster.check': method({
    summary: 'Hvilke regler en tildeling af vagten til medarbejderen ville bryde (tom liste: ingen).',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ shiftId: id('Vagt'), staffId: id('Medarbejder') }),
    output: z.array(violation),
  }),
  'roster.assign': method({
    summary:
      'Tildel en vagt til en medarbejder. Bryder det en regel, afvises det med reglen og tallene (CONFLICT), medmindre der gives en begrundelse for afvigelsen; den skrives i tilsynsbogen. Overlap, fravær og ansættelsesperiode kan ikke tilsidesættes.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ shiftId: id('Vagt'), staffId: id('Medarbejder'), version: z.number().int().min(1), overrideReason: optionalText('Begrundelse for afvigelse', 500) }),
    output: shift,
  }),
  'roster.unassign': method({
    summary: 'Gør en vagt ledig igen (afmeldt).',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ shiftId: id('Vagt'), version: z.number().int().min(1) }),
    output: shift,
  }),
  'roster.deleteShift': method({
    summary: 'Slet en vagt, der ikke skal dækkes alligevel.',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ shiftId: id('Vagt'), version: z.number().int().min(1) }),
    output: z.object({}),
  }),
  'roster.suggest': method({
    summary:
      'Vikarer og medarbejdere, der kan tage en ledig vagt uden at bryde en regel, bedst først (kendt i botilbuddet, færrest timer, lavest pris, ønsker), og for alle andre den regel, der udelukker dem.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ shiftId: id('Vagt'), limit: wholeNumber('Antal', 1, 100).default(20) }),
    output: z.object({
      candidates: z.array(suggestion),
      excluded: z.array(z.object({ staffId: z.number().int(), name: z.string(), employment: z.enum(['fast', 'vikar']), violations: z.array(violation) })),
    }),
  }),
  'absences.list': method({
    summary: 'Fravær i en periode, evt. for én medarbejder eller ét botilbuds medarbejdere.',
    access: 'roster.read',
    kind: 'read',
    input: period({ staffId: nullable(id('Medarbejder')), residenceId: nullable(id('Botilbud')) }, 400),
    output: z.array(absence),
  }),
  'absences.create': method({
    summary: 'Registrér fravær for en periode; medarbejderens vagter i perioden bliver ledige vagter. Fravær må ikke overlappe andet fravær.',
    access: 'roster.write',
    kind: 'write',
    input: period({ staffId: id('Medarbejder'), kind: choice('Fraværstype', ABSENCE_KINDS), note: optionalText('Bemærkning', 500) }, 400),
    output: z.object({ absence, openedShifts: z.array(shift) }),
  }),
  'absences.delete': method({
    summary: 'Slet et fejlregistreret fravær (vagter, der blev ledige, forbliver ledige).',
    access: 'roster.write',
    kind: 'write',
    input: z.object({ id: id('Fravær') }),
    output: z.object({}),
  }),
  'roster.continuity': method({
    summary: 'Pr. botilbud og ISO-uge: andelen af vikarvagter dækket af vikarer, der har arbejdet i botilbuddet de foregående 8 uger.',
    access: 'roster.read',
    kind: 'read',
    input: period({ residenceId: nullable(id('Botilbud')) }, 190),
    output: z.array(continuityWeek),
  }),
  'roster.hours': method({
    summary: 'Timer pr. medarbejder i en måned (aften, nat, weekend, helligdag) og løn med tillæg, når timeløn er kendt.',
    access: 'roster.read',
    kind: 'read',
    input: z.object({ month, residenceId: nullable(id('Botilbud')), employment: nullable(choice('Ansættelse', ['fast', 'vikar'] as const)) }),
    output: z.array(staffHours),
  }),
  'roster.payrollExport': method({
    summary: 'Løneksport for en måned som CSV (semikolon, dansk talformat): én række pr. medarbejder med timer og tillægstimer.',
    access: 'roster.write',
    kind: 'read',
    input: z.object({ month }),
    output: z.object({ fileName: z.string(), csv: z.string() }),
  }),
  'roster.calendar': method({
    summary: 'En medarbejders vagter i en periode som iCalendar-fil (.ics).',
    access: 'roster.read',
    kind: 'read',
    input: period({ staffId: id('Medarbejder') }, 400),
    output: z.object({ fileName: z.string(), ics: z.string() }),
  }),
  'roster.approve': method({
    summary: 'Godkend (lås) et botilbuds vagtplan for en periode; senere ændringer i perioden logges som ændringer efter godkendelse.',
    access: 'roster.write',
    kind: 'write',
    input: period({ residenceId: id('Botilbud') }, 93),
    output: z.object({ from: z.string(), to: z.string(), approvedBy: z.string(), approvedAt: z.string() }),
  }),
  'roster.tilsynsbog': method({
    summary: 'Tilsynsbogen: afvigelser fra arbejdstidsreglerne med begrundelse, hvem og hvornår.',
    access: 'roster.read',
    kind: 'read',
    input: period({ residenceId: nullable(id('Botilbud')) }, 400),
    output: z.array(tilsynsbogEntry),
  }),
};
