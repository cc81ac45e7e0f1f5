// Danish CPR numbers (DDMMÅÅ-SSSS): the format, the birth date with the century read from the
// 7th digit, and the masked form. Since 2007 not every number passes modulus 11, so that check
// is never applied. Pure functions, shared by the renderer's forms and the core.

export interface ParsedCpr {
  /** The 10 digits, no dash. */
  digits: string;
  /** ISO date of birth (YYYY-MM-DD). */
  birthDate: string;
}

/** The century of a CPR birth year, from the two-digit year and the 7th digit (CPR-kontoret's table). */
export function cprCentury(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return twoDigitYear <= 36 ? 2000 : 1900;
  return twoDigitYear <= 57 ? 2000 : 1800;
}

/** Parses `DDMMÅÅ-SSSS`, `DDMMÅÅSSSS` or with a space; null when the format or the date is wrong. */
export function parseCpr(input: string): ParsedCpr | null {
  const match = /^(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})$/.exec(input.trim());
  if (!match) return null;
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string];
  const year = cprCentury(Number(yy), Number(serial[0])) + Number(yy);
  const birthDate = `${String(year).padStart(4, '0')}-${mm}-${dd}`;
  const date = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birthDate) return null;
  return { digits: `${dd}${mm}${yy}${serial}`, birthDate };
}

/** `DDMMÅÅ-xxxx`: what every screen and report shows unless the user may and asks to see more. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-xxxx`;
}

export function formatCpr(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
