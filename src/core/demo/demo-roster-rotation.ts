// Lays out a demo basisplan: a rotation of whole weeks that puts permanent carers on the
// residence's shifts, day by day, as far as their normtid reaches. Kept inside the rules by
// construction: night carers only work nights (a day off between nights is 40 hours' rest), day
// carers never go from an evening to a day shift the next day or after a single day off (8 and 32
// hours), and nobody works more than 5 days running (so every week has its 35-hour rest).
import type { ShiftKind } from '../../contract/roster-terms';

export interface RotationCarer {
  staffId: number;
  /** Nights only, or day and evening shifts. */
  nights: boolean;
  /** Normtid in minutes a week. */
  weeklyMinutes: number;
  /** May take shifts of these kinds (their competences fit). */
  canTake: ReadonlySet<ShiftKind>;
}

export interface RotationNeed {
  shiftTypeId: number;
  kind: ShiftKind;
  /** ISO weekday 1-7 → how many. */
  count: (weekday: number) => number;
}

export interface RotationSlotOut {
  week: number;
  weekday: number;
  shiftTypeId: number;
  staffId: number;
}

const SHIFT_MINUTES = 8 * 60;
const MAX_DAYS_RUNNING = 5;
const ORDER: Record<ShiftKind, number> = { nat: 0, dag: 1, aften: 2 };

export function layOutRotation(weeks: number, carers: readonly RotationCarer[], needs: readonly RotationNeed[]): RotationSlotOut[] {
  const days = weeks * 7;
  const at = (day: number) => ((day % days) + days) % days;
  const plan = new Map(carers.map((carer) => [carer.staffId, new Array<ShiftKind | null>(days).fill(null)]));
  const quota = new Map(carers.map((carer) => [carer.staffId, Math.round((carer.weeklyMinutes * weeks) / SHIFT_MINUTES)]));
  const slots: RotationSlotOut[] = [];

  const fits = (carer: RotationCarer, day: number, kind: ShiftKind): boolean => {
    const row = plan.get(carer.staffId)!;
    if (row[day] !== null || (quota.get(carer.staffId) ?? 0) <= 0 || !carer.canTake.has(kind) || carer.nights !== (kind === 'nat')) return false;
    row[day] = kind;
    let ok = true;
    for (let offset = -2; offset <= 1 && ok; offset++) {
      const [a, b, c] = [row[at(day + offset)], row[at(day + offset + 1)], row[at(day + offset + 2)]];
      if (a === 'aften' && (b === 'dag' || (b === null && c === 'dag'))) ok = false;
    }
    let running = 1;
    for (let offset = 1; row[at(day - offset)] !== null && offset < days; offset++) running++;
    for (let offset = 1; row[at(day + offset)] !== null && offset < days; offset++) running++;
    if (running > MAX_DAYS_RUNNING) ok = false;
    row[day] = null;
    return ok;
  };

  const sorted = [...needs].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (let day = 0; day < days; day++) {
    const weekday = (day % 7) + 1;
    for (const need of sorted) {
      const remainingDays = days - day;
      const candidates = carers
        .filter((carer) => fits(carer, day, need.kind))
        .map((carer) => {
          const row = plan.get(carer.staffId)!;
          const share = quota.get(carer.staffId)! / remainingDays;
          // Continue yesterday's kind of shift: blocks of the same shift leave whole days off.
          const continues = row[at(day - 1)] === need.kind ? 0.25 : 0;
          return { carer, score: share + continues };
        })
        .sort((a, b) => b.score - a.score || a.carer.staffId - b.carer.staffId);
      for (const { carer } of candidates.slice(0, need.count(weekday))) {
        plan.get(carer.staffId)![day] = need.kind;
        quota.set(carer.staffId, quota.get(carer.staffId)! - 1);
        slots.push({ week: Math.floor(day / 7) + 1, weekday, shiftTypeId: need.shiftTypeId, staffId: carer.staffId });
      }
    }
  }
  return slots;
}
