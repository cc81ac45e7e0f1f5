// Protects the demo's CPR numbers: for every birth year a CPR number can express, the 7th digits
// chosen give back that year, and generated numbers are valid, unique and match the sex.
import { describe, expect, it } from 'vitest';
import { parseCpr } from '../../contract/cpr';
import { centuryDigits, demoCpr } from './demo-people';
import { seededRandom } from './seeded-random';

describe('demo CPR numbers', () => {
  it('every century digit offered for a year reads back as that year', () => {
    for (let year = 1858; year <= 2057; year++) {
      const digits = centuryDigits(year);
      expect(digits.length, String(year)).toBeGreaterThan(0);
      for (const digit of digits) {
        const cpr = `0101${String(year % 100).padStart(2, '0')}${digit}000`;
        expect(parseCpr(cpr)?.birthDate, cpr).toBe(`${year}-01-01`);
      }
    }
    expect(centuryDigits(1936)).toEqual([0, 1, 2, 3]);
    expect(centuryDigits(1937)).toEqual([0, 1, 2, 3, 4, 9]);
    expect(centuryDigits(2036)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(centuryDigits(2037)).toEqual([5, 6, 7, 8]);
  });

  it('draws valid, unused numbers with an even last digit for women and odd for men', () => {
    const random = seededRandom(5);
    const used = new Set<string>();
    for (let index = 0; index < 2000; index++) {
      const female = index % 2 === 0;
      const cpr = demoCpr(random, used, female);
      const parsed = parseCpr(cpr)!;
      expect(parsed.birthDate >= '1950-01-01' && parsed.birthDate <= '2004-12-31').toBe(true);
      expect(Number(cpr[9]) % 2).toBe(female ? 0 : 1);
    }
    expect(used.size).toBe(2000);
  });
});
