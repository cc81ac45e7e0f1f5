// The demo's staff: a department head and permanent staff (fast) at every residence, and a small
// substitute pool (vikarer) without a home residence, created through the staff service.
import { contract } from '../../contract';
import type { StaffMember } from '../../contract/areas/staff';
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { demoPerson } from './demo-people';
import type { Random } from './seeded-random';

const CARE_TITLES = ['Pædagog', 'Socialpædagog', 'SOSU-assistent', 'SOSU-hjælper', 'Sygeplejerske', 'Ergoterapeut', 'Pædagogisk assistent', 'Ufaglært'] as const;

export interface DemoResidence {
  id: number;
  places: number;
  departmentHead: string;
}

/** Staff with a home residence, per residence id (for contact persons), and the number created. */
export interface DemoStaff {
  byResidence: Map<number, number[]>;
  count: number;
}

export function buildDemoStaff(services: Services, admin: Actor, random: Random, residences: readonly DemoResidence[], perResidence: number, substitutes: number): DemoStaff {
  const byResidence = new Map<number, number[]>();
  let number = 1000;
  const create = (name: string, title: StaffMember['title'], homeResidenceId: number | null, employment: 'fast' | 'vikar') =>
    services.staff.create(admin, contract['staff.create'].input.parse({ name, employeeNumber: `M${++number}`, title, homeResidenceId, employment })).id;
  const randomName = () => {
    const person = demoPerson(random);
    return `${person.firstName} ${person.lastName}`;
  };

  for (const residence of residences) {
    create(residence.departmentHead, 'Afdelingsleder', residence.id, 'fast');
    const ids: number[] = [];
    for (let index = 0; index < perResidence; index++) ids.push(create(randomName(), random.pick(CARE_TITLES), residence.id, 'fast'));
    byResidence.set(residence.id, ids);
  }
  for (let index = 0; index < substitutes; index++) create(randomName(), random.pick(CARE_TITLES), null, 'vikar');
  return { byResidence, count: number - 1000 };
}
