// Money in Danish: amounts travel as integer øre; shown as "3.250,00 kr."; typed in kroner and
// converted exactly (Math.round(kr × 100)), so no floating-point drift reaches the server.
const kroner = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 325000 -> `3.250,00 kr.` */
export function formatOre(ore: number): string {
  return `${kroner.format(ore / 100)} kr.`;
}

/** A kroner amount from a number input (19.99) -> whole øre (1999); null for an empty input. */
export function kronerToOre(value: number | string | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const amount = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(amount) ? Math.round(amount * 100) : null;
}

/** Whole øre -> kroner for a number input (1999 -> 19.99). */
export function oreToKroner(ore: number): number {
  return ore / 100;
}

/** The props that make a Mantine NumberInput a Danish kroner field. */
export const MONEY_INPUT_PROPS = {
  decimalSeparator: ',',
  thousandSeparator: '.',
  decimalScale: 2,
  fixedDecimalScale: true,
  suffix: ' kr.',
  allowNegative: false,
  hideControls: true,
} as const;
