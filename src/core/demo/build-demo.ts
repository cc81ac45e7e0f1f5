// The demo institution "Byen i Byen (demo)", built through the real services so it can never
// drift from the schema or the rules: residences, users, staff, citizens, plans and notes, and an
// 8-week roster. Deterministic for a seed; `residences` and `citizens` size it for benchmarks (a
// municipality: 200 residences, 3,000 citizens; `roster: 'bulk'` a large institution's roster).
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { citizenMix, buildDemoCitizens } from './demo-citizens';
import { addDemoCitizenRelations } from './demo-citizen-relations';
import { addDemoNotes, BULK_NOTES, DETAILED_NOTES } from './demo-notes';
import { currentResidents, type DemoWriters } from './demo-plan-residents';
import { addDemoPlans, BULK_PLANS, DETAILED_PLANS } from './demo-plans';
import { addDemoRoster, BULK_ROSTER, DETAILED_ROSTER, type DemoRosterResult } from './demo-roster';
import { addDemoBriefings } from './demo-briefings';
import { addDemoLogo } from './demo-logo';
import { addDemoStatusDrafts } from './demo-status-drafts';
import { buildDemoStaff, type DemoResidence } from './demo-staff';
import { seededRandom } from './seeded-random';

export const DEMO_PASSWORD = 'demo-kerne-2026';

export interface DemoOptions {
  seed?: number;
  /** How many residences: about 6 for Byen i Byen, 200 for a municipality-size benchmark. */
  residences?: number;
  /** How many citizens: about 44 for Byen i Byen; 3,000 for the benchmark. Places are sized to fit. */
  citizens?: number;
  /**
   * Plans, evaluations and notes: every detail (the default up to 100 citizens), plentiful but
   * plain (the default above: benchmarks), or none (tests about residences and citizens only).
   */
  plans?: 'detailed' | 'bulk' | 'none';
  /**
   * The roster (vagtplan, 8 weeks): every detail for every residence (the default up to 100
   * citizens), a large institution's worth, plain, for the first 20 residences with 100
   * substitutes (benchmarks), or none (the default above 100 citizens, and tests that need none).
   */
  roster?: 'detailed' | 'bulk' | 'none';
}

export interface DemoResult {
  residences: number;
  users: number;
  staff: number;
  citizens: number;
  /** Citizens with a pædagogisk plan, their goals (active and closed), evaluations and notes. */
  plans: number;
  goals: number;
  evaluations: number;
  notes: number;
  /** The roster: substitutes in the pool, shifts, open shifts, absences (zero without a roster). */
  roster: DemoRosterResult;
}

const NAMED_RESIDENCES = [
  { name: 'Solsikken', street: 'Solsikkevej 4', postalCode: '8000', city: 'Aarhus C', legal: 'sel-108', target: 'Voksne med udviklingshæmning og autisme', places: 8 },
  { name: 'Åbrinken', street: 'Åbrinken 12', postalCode: '8200', city: 'Aarhus N', legal: 'sel-107', target: 'Unge voksne med psykiske vanskeligheder', places: 6 },
  { name: 'Engbo', street: 'Engvej 31', postalCode: '8210', city: 'Aarhus V', legal: 'sel-108', target: 'Voksne med erhvervet hjerneskade', places: 10 },
  { name: 'Ørnereden', street: 'Ørnevej 7', postalCode: '8240', city: 'Risskov', legal: 'sel-85', target: 'Voksne med autisme i egne lejligheder', places: 12 },
  { name: 'Kastanjehuset', street: 'Kastanjealle 2', postalCode: '8260', city: 'Viby J', legal: 'sel-107', target: 'Voksne med dobbeltdiagnose', places: 5 },
  { name: 'Strandhuset', street: 'Strandvejen 88', postalCode: '8270', city: 'Højbjerg', legal: 'sel-108', target: 'Ældre med udviklingshæmning', places: 7 },
] as const;

const HEADS = ['Anne Holm', 'Bo Kristensen', 'Dorthe Ærø', 'Jens Østergaard', 'Karin Aagaard', 'Lise Ibsen'];
const STREET_WORDS = ['Birke', 'Bøge', 'Ege', 'Elme', 'Hassel', 'Lærke', 'Mose', 'Skov', 'Sø', 'Å', 'Vinde', 'Kilde'];
/** Byen i Byen's citizens: its 48 places mostly filled, a few moved out, a short waiting list. */
const NAMED_CITIZENS = 44;
/** Residents fill about this share of the places of generated residences. */
const FILL = 0.85;
/** Up to this many citizens every plan gets every detail; above it (benchmarks) plans are plentiful but plain. */
const DETAILED_UP_TO = 100;

/** The mean size of the generated residences, so that `citizens` fit with room to spare (at least 9, the old mean). */
function meanPlaces(count: number, citizens: number): number {
  const named = NAMED_RESIDENCES.slice(0, count).reduce((sum, residence) => sum + residence.places, 0);
  const generated = count - Math.min(count, NAMED_RESIDENCES.length);
  if (generated === 0) return 9;
  return Math.max(9, Math.ceil((citizenMix(citizens).residents / FILL - named) / generated));
}

export function buildDemo(services: Services, admin: Actor, options: DemoOptions = {}): DemoResult {
  const random = seededRandom(options.seed ?? 2026);
  const count = options.residences ?? NAMED_RESIDENCES.length;
  const citizens = options.citizens ?? Math.round((NAMED_CITIZENS * count) / NAMED_RESIDENCES.length);
  const mean = meanPlaces(count, citizens);

  services.settings.update(admin, {
    name: 'Byen i Byen (demo)',
    cvr: '12345678',
    street: 'Rådhuspladsen 1',
    postalCode: '8000',
    city: 'Aarhus C',
    phone: '+45 86 12 34 56',
    email: 'kontakt@byenibyen.example',
  });
  addDemoLogo(services, admin);

  const residences: DemoResidence[] = [];
  for (let index = 0; index < count; index++) {
    const named = NAMED_RESIDENCES[index];
    const word = random.pick(STREET_WORDS);
    const residence = services.residences.create(admin, {
      name: named?.name ?? `${word}huset ${index + 1}`,
      street: named?.street ?? `${word}vej ${random.int(1, 120)}`,
      postalCode: named?.postalCode ?? String(random.int(1000, 9990)),
      city: named?.city ?? 'Aarhus',
      legalBasisCode: named?.legal ?? random.pick(['sel-107', 'sel-108', 'sel-85']),
      targetGroup: named?.target ?? 'Voksne med særlige behov',
      places: named?.places ?? random.int(mean - 5, mean + 5),
      departmentHead: HEADS[index % HEADS.length]!,
      phone: `+45 87 ${String(random.int(10, 99))} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`,
      email: null,
    });
    residences.push({ id: residence.id, places: residence.places, departmentHead: residence.departmentHead! });
  }
  const residenceIds = residences.map((residence) => residence.id);

  const demoUsers = [
    { username: 'anne.holm', displayName: 'Anne Holm', role: 'afdelingsleder' as const, residenceIds: residenceIds.slice(0, 2) },
    { username: 'mads.lund', displayName: 'Mads Lund', role: 'medarbejder' as const, residenceIds: residenceIds.slice(0, 1) },
    { username: 'vera.aagaard', displayName: 'Vera Aagaard', role: 'vagtplanlaegger' as const, residenceIds: [] },
  ];
  const [anne, mads, vera] = demoUsers.map((user) => {
    const created = services.users.create({ ...user, password: DEMO_PASSWORD }, admin);
    return services.users.actorFor(services.users.record(created.id));
  });

  const staff = buildDemoStaff(services, admin, random, residences, 3, Math.max(5, Math.round(count / 4)));
  const citizenIds = buildDemoCitizens(services, admin, random, residences, staff, citizens);
  addDemoCitizenRelations(services, admin, citizenIds, random);

  // Plans and notes are written by the demo's afdelingsleder and medarbejder where they work.
  const writes = (actor: Actor, residenceId: number) => actor.residenceIds?.includes(residenceId) ?? false;
  const writers: DemoWriters = {
    plans: (residenceId) => (writes(anne!, residenceId) ? anne! : admin),
    notes: (residenceId) => (writes(mads!, residenceId) ? mads! : writes(anne!, residenceId) ? anne! : admin),
  };
  const kind = options.plans ?? (citizens <= DETAILED_UP_TO ? 'detailed' : 'bulk');
  const residents = kind === 'none' ? [] : currentResidents(services, residenceIds);
  const plans = addDemoPlans(services, writers, random, residents, kind === 'detailed' ? DETAILED_PLANS : BULK_PLANS);
  const notes = addDemoNotes(services, writers, random, residents, plans.goalsByCitizen, kind === 'detailed' ? DETAILED_NOTES : BULK_NOTES);

  // The roster is planned by the demo's vagtplanlægger, after everything it builds on.
  const rosterKind = options.roster ?? (citizens <= DETAILED_UP_TO ? 'detailed' : 'none');
  const roster = rosterKind === 'none' ? NO_ROSTER : addDemoRoster(services, admin, vera!, random, residences, rosterKind === 'detailed' ? DETAILED_ROSTER : BULK_ROSTER);

  // Reports: the text of some statusrapporter being prepared, and each residence's vikarmappe.
  if (kind === 'detailed') {
    addDemoStatusDrafts(services, writers.plans, residents);
    addDemoBriefings(services, writers.plans, residenceIds);
  }

  return {
    residences: residenceIds.length,
    users: demoUsers.length,
    staff: staff.count,
    citizens: citizenIds.length,
    plans: plans.plans,
    goals: plans.goals,
    evaluations: plans.evaluations,
    notes: notes.notes,
    roster,
  };
}

const NO_ROSTER: DemoRosterResult = { substitutes: 0, shifts: 0, openShifts: 0, absences: 0 };
