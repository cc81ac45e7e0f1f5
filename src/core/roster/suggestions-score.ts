// The transparent score of a replacement suggestion, and its reasons in Danish. Known at the
// residence (continuity, the seed's promise) outweighs everything else together; then a preferred
// residence, a wish for the day, fewest minutes already this week, and lowest cost.
import type { Suggestion } from '../../contract/areas/roster';
import { CONTINUITY_WEEKS } from '../../contract/roster-terms';
import { formatMinutes } from './rules/rule-format';

export const SCORE = {
  /** Known at the residence: this, plus a little per shift (at most 20 counted). */
  known: 1000,
  perKnownShift: 10,
  preferred: 300,
  wishes: 200,
  /** Scaled down from this for 0 minutes to 0 at 48 hours already this week. */
  fewestMinutes: 100,
  /** The cheapest candidate gets this, the others in proportion. */
  lowestCost: 50,
} as const;

export interface ScoreInput {
  staffId: number;
  name: string;
  employment: 'fast' | 'vikar';
  ownStaff: boolean;
  knownShifts: number;
  preferred: boolean;
  wishes: boolean;
  weekMinutes: number;
  isoWeek: number;
  costOre: number | null;
}

const kroner = (ore: number) => `${(ore / 100).toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr.`;

export function scoreSuggestion(input: ScoreInput, lowestCostOre: number | null): Suggestion {
  const reasons: string[] = [];
  let score = 0;
  if (input.knownShifts > 0) {
    score += SCORE.known + SCORE.perKnownShift * Math.min(input.knownShifts, 20);
    reasons.push(`Kendt i botilbuddet (${input.knownShifts} ${input.knownShifts === 1 ? 'vagt' : 'vagter'} de sidste ${CONTINUITY_WEEKS} uger)`);
  }
  if (input.ownStaff) reasons.push('Fast medarbejder i botilbuddet');
  if (input.preferred) {
    score += SCORE.preferred;
    reasons.push('Foretrækker botilbuddet');
  }
  if (input.wishes) {
    score += SCORE.wishes;
    reasons.push('Ønsker vagt');
  }
  score += SCORE.fewestMinutes * Math.max(0, 1 - input.weekMinutes / (48 * 60));
  reasons.push(input.weekMinutes === 0 ? `Ingen vagter i uge ${input.isoWeek}` : `${formatMinutes(input.weekMinutes)} i uge ${input.isoWeek} i forvejen`);
  if (input.costOre !== null) {
    if (lowestCostOre !== null && input.costOre > 0) score += SCORE.lowestCost * (lowestCostOre / input.costOre);
    else if (input.costOre === 0) score += SCORE.lowestCost;
    reasons.push(`Pris ${kroner(input.costOre)}${input.costOre === lowestCostOre ? ' (lavest)' : ''}`);
  }
  return {
    staffId: input.staffId,
    name: input.name,
    employment: input.employment,
    score: Math.round(score * 10) / 10,
    knownShifts: input.knownShifts,
    weekMinutes: input.weekMinutes,
    costOre: input.costOre,
    wishes: input.wishes,
    reasons,
  };
}
