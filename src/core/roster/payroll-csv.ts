// The payroll export (løneksport) as CSV for Danish spreadsheets and payroll systems: semicolon
// separated, decimal comma, a UTF-8 byte order mark so Excel reads æøå, one row per staff member.
import { stringify } from 'csv-stringify/sync';
import type { StaffHours } from '../../contract/areas/roster';

export const PAYROLL_HEADER = ['Medarbejdernummer', 'Navn', 'Ansættelse', 'Vagter', 'Timer', 'Aftentimer', 'Nattimer', 'Weekendtimer', 'Helligdagstimer', 'Løn i kr.'];
const EMPLOYMENT_WORDS = { fast: 'Fast', vikar: 'Vikar' } as const;

/** Minutes as hours with two decimals and a decimal comma: 450 → "7,50". */
export const danishHours = (minutes: number) => (minutes / 60).toFixed(2).replace('.', ',');
/** Øre as kroner with a decimal comma: 123456 → "1234,56". */
export const danishKroner = (ore: number) => `${ore < 0 ? '-' : ''}${Math.floor(Math.abs(ore) / 100)},${String(Math.abs(ore) % 100).padStart(2, '0')}`;

export function payrollCsv(rows: readonly StaffHours[]): string {
  return stringify(
    rows.map((row) => [
      row.employeeNumber ?? '',
      row.name,
      EMPLOYMENT_WORDS[row.employment],
      String(row.shifts),
      danishHours(row.minutes),
      danishHours(row.eveningMinutes),
      danishHours(row.nightMinutes),
      danishHours(row.weekendMinutes),
      danishHours(row.holidayMinutes),
      row.costOre === null ? '' : danishKroner(row.costOre),
    ]),
    { header: true, columns: PAYROLL_HEADER, delimiter: ';', bom: true, record_delimiter: 'windows' },
  );
}
