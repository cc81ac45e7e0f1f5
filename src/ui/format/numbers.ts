// Danish number display (1.234 with a dot for thousands).
const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

export function formatInteger(value: number): string {
  return integer.format(value);
}
