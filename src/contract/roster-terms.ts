// The words of the roster: shift kinds, night modes, absence kinds, availability, the working-time
// rules a planner may have to override, and the defaults of the limits (settings).
export const SHIFT_KINDS = ['dag', 'aften', 'nat'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const SHIFT_KIND_LABELS: Record<ShiftKind, string> = { dag: 'Dagvagt', aften: 'Aftenvagt', nat: 'Nattevagt' };

/** A night shift is awake (vågen) or sleeping on call (sovende/rådighed); both count as working time. */
export const NIGHT_MODES = ['vaagen', 'sovende'] as const;
export type NightMode = (typeof NIGHT_MODES)[number];
export const NIGHT_MODE_LABELS: Record<NightMode, string> = { vaagen: 'Vågen nat', sovende: 'Sovende nat (rådighed)' };

export const ABSENCE_KINDS = ['sygdom', 'ferie', 'afspadsering', 'kursus', 'barns-sygdom', 'andet'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
export const ABSENCE_KIND_LABELS: Record<AbsenceKind, string> = {
  sygdom: 'Sygdom',
  ferie: 'Ferie',
  afspadsering: 'Afspadsering',
  kursus: 'Kursus',
  'barns-sygdom': 'Barns sygdom',
  andet: 'Andet fravær',
};

/** A substitute's availability for a day (or one kind of shift that day). */
export const AVAILABILITIES = ['kan', 'kan-ikke', 'oensker'] as const;
export type Availability = (typeof AVAILABILITIES)[number];
export const AVAILABILITY_LABELS: Record<Availability, string> = { kan: 'Kan', 'kan-ikke': 'Kan ikke', oensker: 'Ønsker vagt' };

/** Why a shift is open (ledig). */
export const OPEN_REASONS = ['fravaer', 'behov', 'afmeldt'] as const;
export type OpenReason = (typeof OPEN_REASONS)[number];
export const OPEN_REASON_LABELS: Record<OpenReason, string> = { fravaer: 'Fravær', behov: 'Bemandingsbehov', afmeldt: 'Afmeldt' };

export const SHIFT_SOURCES = ['basisplan', 'behov', 'manuel'] as const;
export type ShiftSource = (typeof SHIFT_SOURCES)[number];

/** The rules every assignment is checked against, manual or automatic. */
export const ROSTER_RULES = [
  'overlap',
  'hviletid',
  'fridoegn',
  'gennemsnit',
  'max-timer',
  'kompetence',
  'udelukket',
  'fravaer',
  'utilgaengelig',
  'ikke-ansat',
] as const;
export type RosterRule = (typeof ROSTER_RULES)[number];
export const ROSTER_RULE_LABELS: Record<RosterRule, string> = {
  overlap: 'Overlappende vagter',
  hviletid: '11-timers-reglen',
  fridoegn: 'Ugentligt fridøgn',
  gennemsnit: '48 timer i gennemsnit',
  'max-timer': 'Vikarens maksimale timer',
  kompetence: 'Krævet kompetence',
  udelukket: 'Borger må ikke have medarbejderen',
  fravaer: 'Medarbejderen har fravær',
  utilgaengelig: 'Vikaren kan ikke',
  'ikke-ansat': 'Ikke ansat i perioden',
};
/** Rules no reason can override: a person cannot be in two places, and is not employed or is absent. */
export const HARD_RULES: readonly RosterRule[] = ['overlap', 'ikke-ansat', 'fravaer'];

/** The limits' defaults (Arbejdsmiljøloven and the EU Working Time Directive); each is a setting. */
export const ROSTER_LIMIT_DEFAULTS = {
  dailyRestMinutes: 11 * 60,
  weeklyRestMinutes: 35 * 60,
  averageWeekMinutes: 48 * 60,
  referenceWeeks: 17,
} as const;

/** Supplements in per mille of the hourly rate, and when evening and night begin (local time). */
export const SUPPLEMENT_DEFAULTS = {
  eveningPermille: 250,
  nightPermille: 350,
  weekendPermille: 300,
  holidayPermille: 500,
  eveningFrom: '17:00',
  nightFrom: '23:00',
  nightTo: '06:00',
} as const;

/** How far back a substitute counts as known at a residence (continuity). */
export const CONTINUITY_WEEKS = 8;
/** The time zone every shift's local times are in. */
export const ROSTER_TIME_ZONE = 'Europe/Copenhagen';
