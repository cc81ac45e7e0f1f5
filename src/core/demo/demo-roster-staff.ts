// The roster demo's people, through the staff, competences and availability services: the
// competences, the permanent staff of each rostered residence given normtid and competences (and a
// few more hired so the basisplan can cover most of the need), and the substitute pool (vikarkorps)
// with preferred residences, a weekly maximum, an hourly rate, competences and availability/wishes.
import dayjs from 'dayjs';
import type { StaffMember } from '../../contract/areas/staff';
import type { ShiftKind } from '../../contract/roster-terms';
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { demoPerson } from './demo-people';
import { parsed } from './demo-plan-residents';
import type { Random } from './seeded-random';

export const DEMO_COMPETENCES = ['Medicindelegering', 'Kørekort', 'Førstehjælp', 'Magtanvendelseskursus', 'Diabetes'] as const;
export type DemoCompetence = (typeof DEMO_COMPETENCES)[number];
export type CompetenceIds = Record<DemoCompetence, number>;

/** What a rostered residence requires of the people on its shifts. */
export interface RosterResidence {
  id: number;
  /** Place in the demo's list (0 = Solsikken). */
  index: number;
  places: number;
  /** Competences every shift of a kind requires there. */
  requires: Partial<Record<ShiftKind, DemoCompetence[]>>;
  /** Carers who work shifts in the basisplan (not the department head). */
  carers: number[];
  /** Substitutes who prefer this residence (its faste vikarer). */
  regulars: number[];
}

/** What the demo knows of a substitute, so filling open shifts tries only those who may fit. */
export interface PoolMember {
  id: number;
  maxWeeklyMinutes: number;
  competenceIds: ReadonlySet<number>;
  /** `date` or `date/kind` they cannot. */
  cannot: Set<string>;
}

const CARE_TITLES = ['Pædagog', 'Socialpædagog', 'SOSU-assistent', 'SOSU-hjælper', 'Pædagogisk assistent'] as const;
const SUBSTITUTE_TITLES = ['Pædagogisk assistent', 'SOSU-hjælper', 'Ufaglært', 'Pædagog', 'SOSU-assistent', 'Ufaglært'] as const;
const NORMTID_HOURS = [30, 32, 34, 37, 37] as const;

export function createDemoCompetences(services: Services, planner: Actor): CompetenceIds {
  const ids = {} as CompetenceIds;
  for (const name of DEMO_COMPETENCES) ids[name] = services.competences.create(planner, parsed('competences.create', { name })).id;
  return ids;
}

/** staff.update's input for a member with some fields changed. */
function updateInput(member: StaffMember, changes: Partial<StaffMember>) {
  const next = { ...member, ...changes };
  return parsed('staff.update', {
    id: next.id,
    version: next.version,
    name: next.name,
    employeeNumber: next.employeeNumber,
    title: next.title,
    homeResidenceId: next.homeResidenceId,
    employment: next.employment,
    active: next.active,
    competenceIds: next.competenceIds,
    weeklyMinutes: next.weeklyMinutes,
    activeFrom: next.activeFrom,
    activeTo: next.activeTo,
    preferredResidenceIds: next.preferredResidenceIds,
    maxWeeklyMinutes: next.maxWeeklyMinutes,
    hourlyRateOre: next.hourlyRateOre,
  });
}

const randomName = (random: Random) => {
  const person = demoPerson(random);
  return `${person.firstName} ${person.lastName}`;
};

/** Competences a person has: the ones their residence requires, and some at random. */
function competencesFor(random: Random, ids: CompetenceIds, required: readonly DemoCompetence[], chances: Record<DemoCompetence, number>): number[] {
  return DEMO_COMPETENCES.filter((name) => required.includes(name) || random.next() < chances[name]).map((name) => ids[name]);
}
const CARER_CHANCES: Record<DemoCompetence, number> = { Medicindelegering: 0.5, Kørekort: 0.8, Førstehjælp: 0.7, Magtanvendelseskursus: 0.4, Diabetes: 0.2 };
const SUBSTITUTE_CHANCES: Record<DemoCompetence, number> = { Medicindelegering: 0.35, Kørekort: 0.7, Førstehjælp: 0.6, Magtanvendelseskursus: 0.25, Diabetes: 0.15 };

/** Next free employee number (M1001 upwards are the demo's). */
function employeeNumbers(members: readonly StaffMember[]) {
  let next = Math.max(1000, ...members.map((member) => Number(member.employeeNumber?.slice(1) ?? 0) || 0));
  return () => `M${++next}`;
}

/**
 * Gives the permanent staff of the rostered residences normtid and competences, hires carers up to
 * `carersFor(residence)`, and sizes the pool to `poolSize` substitutes (the existing ones updated,
 * the rest created), each preferring one or two rostered residences.
 */
export function buildRosterStaff(
  services: Services,
  planner: Actor,
  random: Random,
  ids: CompetenceIds,
  residences: RosterResidence[],
  carersFor: (residence: RosterResidence) => number,
  poolSize: number,
  activeFrom: string,
): PoolMember[] {
  const members = services.staff.list(planner, parsed('staff.list', {}));
  const nextNumber = employeeNumbers(members);
  const allRequired = (residence: RosterResidence) => [...new Set(Object.values(residence.requires).flat())];

  for (const residence of residences) {
    const own = members.filter((member) => member.homeResidenceId === residence.id && member.employment === 'fast');
    for (const member of own) {
      const head = member.title === 'Afdelingsleder';
      const competenceIds = head ? [ids.Medicindelegering, ids.Førstehjælp] : competencesFor(random, ids, allRequired(residence), CARER_CHANCES);
      const weeklyMinutes = (head ? 37 : random.pick(NORMTID_HOURS)) * 60;
      services.staff.update(planner, updateInput(member, { competenceIds, weeklyMinutes, activeFrom: member.activeFrom ?? activeFrom }));
      if (!head) residence.carers.push(member.id);
    }
    while (residence.carers.length < carersFor(residence)) {
      const created = services.staff.create(
        planner,
        parsed('staff.create', {
          name: randomName(random),
          employeeNumber: nextNumber(),
          title: random.pick(CARE_TITLES),
          homeResidenceId: residence.id,
          employment: 'fast',
          competenceIds: competencesFor(random, ids, allRequired(residence), CARER_CHANCES),
          weeklyMinutes: random.pick(NORMTID_HOURS) * 60,
          activeFrom,
        }),
      );
      residence.carers.push(created.id);
    }
  }

  const existing = members.filter((member) => member.employment === 'vikar');
  const pool: PoolMember[] = [];
  for (let index = 0; index < poolSize; index++) {
    const home = residences[index % residences.length]!;
    const second = residences.length > 1 && random.next() < 0.4 ? residences[(index + 1 + random.int(0, residences.length - 2)) % residences.length]! : null;
    const preferred = second && second.id !== home.id ? [home, second] : [home];
    // A residence's regulars cover its required competences more often than the pool at large.
    const required = random.next() < 0.75 ? allRequired(home) : [];
    const fields = {
      competenceIds: competencesFor(random, ids, required, SUBSTITUTE_CHANCES),
      preferredResidenceIds: preferred.map((residence) => residence.id),
      maxWeeklyMinutes: random.pick([16, 20, 24, 30, 37]) * 60,
      hourlyRateOre: random.int(36, 52) * 500,
      activeFrom: null as string | null,
    };
    const member = existing[index];
    const id = member
      ? services.staff.update(planner, updateInput(member, { ...fields, activeFrom: member.activeFrom })).id
      : services.staff.create(planner, parsed('staff.create', { name: randomName(random), employeeNumber: nextNumber(), title: random.pick(SUBSTITUTE_TITLES), homeResidenceId: null, employment: 'vikar', ...fields, activeFrom })).id;
    for (const residence of preferred) residence.regulars.push(id);
    pool.push({ id, maxWeeklyMinutes: fields.maxWeeklyMinutes, competenceIds: new Set(fields.competenceIds), cannot: new Set() });
  }
  return pool;
}

/**
 * The pool's availability over the roster's weeks: some days a substitute cannot, some days they
 * wish for a shift, and students who cannot take day shifts on weekdays.
 */
export function addDemoAvailability(services: Services, planner: Actor, random: Random, substitutes: readonly PoolMember[], from: string, weeks: number, detailed: boolean): void {
  const days = weeks * 7;
  const date = (offset: number) => dayjs(from).add(offset, 'day').format('YYYY-MM-DD');
  substitutes.forEach((member, index) => {
    const staffId = member.id;
    const set = (dates: string[], shiftKind: ShiftKind | null, availability: 'kan-ikke' | 'oensker') => {
      if (dates.length === 0) return;
      services.availability.set(planner, parsed('staff.setAvailability', { staffId, dates, shiftKind, availability }));
      if (availability === 'kan-ikke') for (const day of dates) member.cannot.add(shiftKind ? `${day}/${shiftKind}` : day);
    };
    const taken = new Set<number>();
    const pickDays = (count: number) => {
      const picked: number[] = [];
      for (let tries = 0; picked.length < count && tries < count * 5; tries++) {
        const offset = random.int(0, days - 1);
        if (taken.has(offset)) continue;
        picked.push(offset);
        taken.add(offset);
      }
      return picked.sort((a, b) => a - b).map(date);
    };
    set(pickDays(detailed ? random.int(3, 6) : 2), null, 'kan-ikke');
    set(pickDays(detailed ? random.int(2, 5) : 2), null, 'oensker');
    if (detailed && index % 3 === 1) {
      // A student: evenings and weekends, not weekday day shifts.
      const weekdays = Array.from({ length: days }, (_, offset) => offset).filter((offset) => offset % 7 < 5 && !taken.has(offset));
      set(weekdays.map(date), 'dag', 'kan-ikke');
    }
    if (detailed && index % 4 === 2) set(pickDays(random.int(2, 4)), 'nat', 'oensker');
  });
}
