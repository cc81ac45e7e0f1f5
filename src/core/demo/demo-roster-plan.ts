// A rostered residence's setup through the roster-setup services: shift types (dag 07-15, aften
// 15-23, a night 23-07 awake at some residences and sleeping at others), the staffing need per
// weekday (more on weekdays' day shifts, larger residences more), the required competences, and a
// 4-week basisplan for its permanent carers, saved and rolled out over the demo's weeks.
import type { ShiftKind } from '../../contract/roster-terms';
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { parsed } from './demo-plan-residents';
import { layOutRotation, type RotationCarer, type RotationNeed } from './demo-roster-rotation';
import type { CompetenceIds, RosterResidence } from './demo-roster-staff';

export const ROTATION_WEEKS = 4;

/** Larger residences need more hands on day and evening shifts. */
export const isLarge = (residence: RosterResidence) => residence.places >= 10;

/** Staff needed on a kind of shift on an ISO weekday. */
export function needCount(residence: RosterResidence, kind: ShiftKind, weekday: number): number {
  const weekend = weekday >= 6;
  if (kind === 'nat') return 1;
  if (kind === 'aften') return isLarge(residence) && !weekend ? 2 : 1;
  return (isLarge(residence) ? 3 : 2) - (weekend ? 1 : 0);
}

/** Carers the basisplan needs to cover about 85% of the week's shifts (the rest: the pool). */
export function carersNeeded(residence: RosterResidence): number {
  let shifts = 0;
  for (let weekday = 1; weekday <= 7; weekday++) for (const kind of ['dag', 'aften', 'nat'] as const) shifts += needCount(residence, kind, weekday);
  return Math.round((shifts * 0.85) / 4.2);
}

/** Night carers: enough for most nights. */
const nightCarers = (residence: RosterResidence) => (isLarge(residence) ? 2 : 1);

export interface RolledOut {
  shiftTypes: Record<ShiftKind, number>;
  created: number;
  open: number;
  violations: number;
}

export function setUpResidenceRoster(
  services: Services,
  planner: Actor,
  residence: RosterResidence,
  competences: CompetenceIds,
  period: { from: string; to: string },
): RolledOut {
  const awake = residence.index % 2 === 0;
  const create = (name: string, kind: ShiftKind, start: string, end: string, nightMode: 'vaagen' | 'sovende' | null) =>
    services.shiftTypes.create(planner, parsed('shiftTypes.create', { residenceId: residence.id, name, kind, start, end, nightMode })).id;
  const shiftTypes: Record<ShiftKind, number> = {
    dag: create('Dagvagt', 'dag', '07:00', '15:00', null),
    aften: create('Aftenvagt', 'aften', '15:00', '23:00', null),
    nat: create(awake ? 'Vågen nattevagt' : 'Sovende nattevagt', 'nat', '23:00', '07:00', awake ? 'vaagen' : 'sovende'),
  };

  const kinds = ['dag', 'aften', 'nat'] as const;
  const needs = kinds.flatMap((kind) =>
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      shiftTypeId: shiftTypes[kind],
      weekday,
      count: needCount(residence, kind, weekday),
      competenceIds: (residence.requires[kind] ?? []).map((name) => competences[name]),
    })),
  );
  services.staffingNeeds.set(planner, parsed('staffingNeeds.set', { residenceId: residence.id, needs }));

  // The carers' normtid and competences as saved; the last ones hired work the nights.
  const members = new Map(services.staff.list(planner, parsed('staff.list', { residenceId: residence.id })).map((member) => [member.id, member]));
  const nights = nightCarers(residence);
  const carers: RotationCarer[] = residence.carers.map((staffId, index) => {
    const member = members.get(staffId)!;
    const has = new Set(member.competenceIds);
    const canTake = new Set(kinds.filter((kind) => (residence.requires[kind] ?? []).every((name) => has.has(competences[name]))));
    return { staffId, nights: index >= residence.carers.length - nights, weeklyMinutes: member.weeklyMinutes, canTake };
  });
  const rotationNeeds: RotationNeed[] = kinds.map((kind) => ({ shiftTypeId: shiftTypes[kind], kind, count: (weekday) => needCount(residence, kind, weekday) }));
  const slots = layOutRotation(ROTATION_WEEKS, carers, rotationNeeds);
  services.rotations.save(planner, parsed('rotations.save', { residenceId: residence.id, version: 0, weeks: ROTATION_WEEKS, startDate: period.from, slots }));

  const result = services.rotations.rollOut(planner, parsed('rotations.rollOut', { residenceId: residence.id, from: period.from, to: period.to }));
  return { shiftTypes, created: result.created, open: result.open, violations: result.violations.length };
}
