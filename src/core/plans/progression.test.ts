// Protects the one progression rule: funktionsevneniveau when two evaluations carry it (lower is
// better), else GAS (higher is better), else 'ukendt'; start and current per scale, skipping gaps.
import { describe, expect, it } from 'vitest';
import { movementFromEnds, progressionOf, type ScoredEvaluation } from './progression';

const e = (functionLevel: number | null, gas: number | null = null, supportNeed: number | null = null): ScoredEvaluation => ({ functionLevel, gas, supportNeed });

describe('progressionOf', () => {
  it('no evaluations, or one: unknown movement, start and current from what there is', () => {
    expect(progressionOf([])).toEqual({
      movement: 'ukendt',
      startFunctionLevel: null,
      currentFunctionLevel: null,
      startGas: null,
      currentGas: null,
      startSupportNeed: null,
      currentSupportNeed: null,
    });
    expect(progressionOf([e(3, 0, 2)])).toMatchObject({ movement: 'ukendt', startFunctionLevel: 3, currentFunctionLevel: 3, startGas: 0, currentGas: 0, startSupportNeed: 2 });
  });

  it('a lower funktionsevneniveau is progress, a higher one a setback, equal unchanged', () => {
    expect(progressionOf([e(3), e(2)]).movement).toBe('frem');
    expect(progressionOf([e(1), e(2)]).movement).toBe('tilbage');
    expect(progressionOf([e(2), e(0), e(2)]).movement).toBe('uaendret');
  });

  it('the level decides over GAS when two evaluations have a level', () => {
    expect(progressionOf([e(2, 2), e(1, -2)]).movement).toBe('frem');
  });

  it('falls back to GAS (higher is better) when fewer than two have a level', () => {
    expect(progressionOf([e(null, -1), e(null, 1)]).movement).toBe('frem');
    expect(progressionOf([e(3, 1), e(null, 0)]).movement).toBe('tilbage');
    expect(progressionOf([e(null, 0), e(null, 0)]).movement).toBe('uaendret');
  });

  it('skips unscored evaluations (a closing evaluation without scores) when finding the ends', () => {
    const result = progressionOf([e(4, null, 3), e(null, 1), e(2, null, null), e(null, null, null)]);
    expect(result).toEqual({
      movement: 'frem',
      startFunctionLevel: 4,
      currentFunctionLevel: 2,
      startGas: 1,
      currentGas: 1,
      startSupportNeed: 3,
      currentSupportNeed: 3,
    });
  });
});

describe('movementFromEnds (the same rule over values SQL computes)', () => {
  const ends = { firstLevel: null, lastLevel: null, levelCount: 0, firstGas: null, lastGas: null, gasCount: 0 };

  it('needs two values of a scale', () => {
    expect(movementFromEnds({ ...ends, firstLevel: 3, lastLevel: 1, levelCount: 1 })).toBe('ukendt');
    expect(movementFromEnds({ ...ends, firstLevel: 3, lastLevel: 1, levelCount: 2 })).toBe('frem');
    expect(movementFromEnds({ ...ends, firstLevel: 3, lastLevel: 3, levelCount: 1, firstGas: 1, lastGas: -1, gasCount: 2 })).toBe('tilbage');
  });
});
