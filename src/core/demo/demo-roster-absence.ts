// The roster demo's absence (fravær) through the absences service: sickness, holidays, a course,
// a child's sickness and time off in lieu over the demo's weeks, some now and in the coming weeks,
// so their shifts become open shifts. One person's absences never overlap.
import dayjs from 'dayjs';
import type { AbsenceKind } from '../../contract/roster-terms';
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { parsed } from './demo-plan-residents';
import type { RosterResidence } from './demo-roster-staff';
import type { Random } from './seeded-random';

/** What happens at a residence: [kind, first day relative to today, days, note]. */
type Spell = [AbsenceKind, number, number, string | null];

const PAST: readonly Spell[][] = [
  [['sygdom', -24, 2, null], ['kursus', -17, 1, 'Kursus i medicinhåndtering'], ['sygdom', -9, 3, null]],
  [['ferie', -21, 5, 'Vinterferie'], ['barns-sygdom', -12, 1, null]],
  [['sygdom', -19, 1, null], ['afspadsering', -6, 1, null]],
];
const NOW_AND_COMING: readonly Spell[][] = [
  [['sygdom', -1, 3, 'Influenza'], ['ferie', 9, 7, 'Vinterferie']],
  [['ferie', 3, 5, null], ['kursus', 15, 2, 'Magtanvendelseskursus']],
  [['sygdom', 0, 2, null], ['afspadsering', 12, 1, null]],
];

/** Records the residence's absences; returns how many. */
export function addDemoAbsences(services: Services, planner: Actor, random: Random, residence: RosterResidence, today: string, detailed: boolean): number {
  const busy = new Map<number, Array<[string, string]>>();
  const free = (staffId: number, from: string, to: string) => (busy.get(staffId) ?? []).every(([a, b]) => to < a || from > b);
  const spells = [...PAST[residence.index % PAST.length]!, ...NOW_AND_COMING[residence.index % NOW_AND_COMING.length]!].slice(0, detailed ? undefined : 3);
  let count = 0;
  for (const [kind, offset, length, note] of spells) {
    const from = dayjs(today).add(offset, 'day').format('YYYY-MM-DD');
    const to = dayjs(from).add(length - 1, 'day').format('YYYY-MM-DD');
    const start = random.int(0, residence.carers.length - 1);
    for (let tries = 0; tries < residence.carers.length; tries++) {
      const staffId = residence.carers[(start + tries) % residence.carers.length]!;
      if (!free(staffId, from, to)) continue;
      services.absences.create(planner, parsed('absences.create', { staffId, kind, from, to, note }));
      busy.set(staffId, [...(busy.get(staffId) ?? []), [from, to]]);
      count++;
      break;
    }
  }
  return count;
}
