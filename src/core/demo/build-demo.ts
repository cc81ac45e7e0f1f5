// The demo institution "Byen i Byen (demo)", built through the real services so it can never
// drift from the schema or the rules. Deterministic for a seed; `residences` sizes it for benchmarks.
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { seededRandom } from './seeded-random';

export const DEMO_PASSWORD = 'demo-kerne-2026';

export interface DemoOptions {
  seed?: number;
  /** How many residences: about 6 for Byen i Byen, 200 for a municipality-size benchmark. */
  residences?: number;
}

export interface DemoResult {
  residences: number;
  users: number;
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

export function buildDemo(services: Services, admin: Actor, options: DemoOptions = {}): DemoResult {
  const random = seededRandom(options.seed ?? 2026);
  const count = options.residences ?? NAMED_RESIDENCES.length;

  services.settings.update(admin, {
    name: 'Byen i Byen (demo)',
    cvr: '12345678',
    street: 'Rådhuspladsen 1',
    postalCode: '8000',
    city: 'Aarhus C',
    phone: '+45 86 12 34 56',
    email: 'kontakt@byenibyen.example',
  });

  const residenceIds: number[] = [];
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
      places: named?.places ?? random.int(4, 14),
      departmentHead: HEADS[index % HEADS.length]!,
      phone: `+45 87 ${String(random.int(10, 99))} ${String(random.int(10, 99))} ${String(random.int(10, 99))}`,
      email: null,
    });
    residenceIds.push(residence.id);
  }

  const demoUsers = [
    { username: 'anne.holm', displayName: 'Anne Holm', role: 'afdelingsleder' as const, residenceIds: residenceIds.slice(0, 2) },
    { username: 'mads.lund', displayName: 'Mads Lund', role: 'medarbejder' as const, residenceIds: residenceIds.slice(0, 1) },
    { username: 'vera.aagaard', displayName: 'Vera Aagaard', role: 'vagtplanlaegger' as const, residenceIds: [] },
  ];
  for (const user of demoUsers) services.users.create({ ...user, password: DEMO_PASSWORD }, admin);

  return { residences: residenceIds.length, users: demoUsers.length };
}
