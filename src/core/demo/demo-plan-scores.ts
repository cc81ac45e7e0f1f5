// The scores of a demo goal's evaluations: a series of funktionsevneniveau (0-4, lower is better)
// or GAS (−2…+2, higher is better) values that starts and ends where the goal's movement says
// (forward, flat, back), with a little wobble in between, as real evaluations have.
import type { Random } from './seeded-random';

export type DemoDirection = 'frem' | 'uaendret' | 'tilbage';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Where a scale starts and ends for a direction. */
function ends(random: Random, direction: DemoDirection, scale: 'level' | 'gas'): [number, number] {
  if (scale === 'level') {
    if (direction === 'frem') {
      const start = random.int(2, 4);
      return [start, Math.max(0, start - random.int(1, 2))];
    }
    if (direction === 'tilbage') {
      const start = random.int(1, 2);
      return [start, start + random.int(1, 2)];
    }
    const level = random.int(1, 3);
    return [level, level];
  }
  if (direction === 'frem') {
    const start = random.int(-2, -1);
    return [start, Math.min(2, start + random.int(2, 3))];
  }
  if (direction === 'tilbage') {
    const start = random.int(0, 1);
    return [start, Math.max(-2, start - random.int(1, 2))];
  }
  const gas = random.int(-1, 0);
  return [gas, gas];
}

/** `count` values from start to end of a direction; the first and last are exact, those between wobble. */
export function scoreSeries(random: Random, direction: DemoDirection, scale: 'level' | 'gas', count: number): number[] {
  const [start, end] = ends(random, direction, scale);
  const [min, max] = scale === 'level' ? [0, 4] : [-2, 2];
  return Array.from({ length: count }, (_, index) => {
    if (index === 0) return start;
    if (index === count - 1) return end;
    const wobble = random.next() < 0.25 ? random.pick([-1, 1]) : 0;
    return clamp(Math.round(start + ((end - start) * index) / (count - 1)) + wobble, min, max);
  });
}

/** The movements handed out in turn, so every demo has goals going forward, standing still and slipping back. */
export const DIRECTION_CYCLE: readonly DemoDirection[] = ['frem', 'frem', 'uaendret', 'frem', 'tilbage', 'uaendret', 'frem', 'tilbage', 'frem', 'uaendret'];
