// A goal's progression: where its evaluations started and where the latest stands, and the
// movement between them. One rule for the plan, the dashboard and the reports: funktionsevneniveau
// when two or more evaluations have one (lower is better), else GAS (higher is better).
import type { Movement } from '../../contract/plan-terms';
import type { Progression } from '../../contract/areas/plans';

export interface ScoredEvaluation {
  functionLevel: number | null;
  gas: number | null;
  supportNeed: number | null;
}

/** The first and latest value of each scale and how many evaluations carry it (SQL can compute these). */
export interface ScaleEnds {
  firstLevel: number | null;
  lastLevel: number | null;
  levelCount: number;
  firstGas: number | null;
  lastGas: number | null;
  gasCount: number;
}

const compare = (gain: number): Movement => (gain > 0 ? 'frem' : gain < 0 ? 'tilbage' : 'uaendret');

export function movementFromEnds(ends: ScaleEnds): Movement {
  if (ends.levelCount >= 2 && ends.firstLevel !== null && ends.lastLevel !== null) return compare(ends.firstLevel - ends.lastLevel);
  if (ends.gasCount >= 2 && ends.firstGas !== null && ends.lastGas !== null) return compare(ends.lastGas - ends.firstGas);
  return 'ukendt';
}

/** Progression over `evaluations`, oldest first. */
export function progressionOf(evaluations: readonly ScoredEvaluation[]): Progression {
  const values = (key: keyof ScoredEvaluation) => evaluations.map((item) => item[key]).filter((value): value is number => value !== null);
  const levels = values('functionLevel');
  const gas = values('gas');
  const support = values('supportNeed');
  return {
    movement: movementFromEnds({
      firstLevel: levels[0] ?? null,
      lastLevel: levels.at(-1) ?? null,
      levelCount: levels.length,
      firstGas: gas[0] ?? null,
      lastGas: gas.at(-1) ?? null,
      gasCount: gas.length,
    }),
    startFunctionLevel: levels[0] ?? null,
    currentFunctionLevel: levels.at(-1) ?? null,
    startGas: gas[0] ?? null,
    currentGas: gas.at(-1) ?? null,
    startSupportNeed: support[0] ?? null,
    currentSupportNeed: support.at(-1) ?? null,
  };
}
