// Danish month names for the occupancy report: "januar 2026", and "jan." under a bar.
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "2026-01" → "januar 2026" */
export const monthName = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;

/** "2026-01" → "jan. 26" (maj, juni and juli are short enough as they are) */
export function shortMonth(month: string): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return `${name.length <= 4 ? name : `${name.slice(0, 3)}.`} ${month.slice(2, 4)}`;
}
