// A placement's period in words a person reads (dd-mm-åååå, an open end is "indtil videre"), and
// whether it covers a given day. Dates are inclusive at both ends.
import dayjs from 'dayjs';

const DANISH_DATE = 'DD-MM-YYYY';

/** `2026-01-01`, `2026-03-31` -> "01-01-2026 – 31-03-2026"; without an end -> "fra 01-01-2026 indtil videre". */
export function describePeriod(startDate: string, endDate: string | null): string {
  const start = dayjs(startDate).format(DANISH_DATE);
  return endDate ? `${start} – ${dayjs(endDate).format(DANISH_DATE)}` : `fra ${start} indtil videre`;
}

export function coversDay(startDate: string, endDate: string | null, day: string): boolean {
  return startDate <= day && (endDate === null || endDate >= day);
}
