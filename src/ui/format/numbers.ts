// Danish number display (1.234 with a dot for thousands; 87,5 % with a comma).
const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 87.5 -> `87,5 %` (Danish puts a space before the sign). */
export function formatPercent(value: number): string {
  return `${oneDecimal.format(value)} %`;
}
