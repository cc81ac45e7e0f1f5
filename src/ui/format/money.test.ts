// Danish money: display with comma decimals, exact conversion between kroner and øre.
import { describe, expect, it } from 'vitest';
import { formatOre, kronerToOre, oreToKroner } from './money';

describe('money', () => {
  it('shows øre as Danish kroner', () => {
    expect(formatOre(325000).replace(/\u00a0/g, ' ')).toBe('3.250,00 kr.');
    expect(formatOre(5)).toBe('0,05 kr.');
  });
  it('converts kroner to whole øre without drift', () => {
    expect(kronerToOre(19.99)).toBe(1999);
    expect(kronerToOre(1.15)).toBe(115);
    expect(kronerToOre(3250)).toBe(325000);
    expect(kronerToOre(0.29)).toBe(29);
    expect(kronerToOre('')).toBeNull();
    expect(oreToKroner(1999)).toBe(19.99);
  });
});
