// A staff member's shifts as an iCalendar file: one event per shift with its UTC instants (so a
// calendar shows them right in any time zone and across daylight-saving changes), the shift's name
// and residence as summary and the residence's address as location.
import ical from 'ical-generator';
import type { Shift } from '../../contract/areas/roster';

export function shiftsCalendar(staffName: string, shifts: readonly Shift[], addressOf: (residenceId: number) => string | null, stamp: Date): string {
  const calendar = ical({ name: `Vagter · ${staffName}`, prodId: { company: 'Kerne', product: 'Vagtplan', language: 'DA' } });
  for (const shift of shifts) {
    calendar.createEvent({
      id: `vagt-${shift.id}@kerne`,
      start: new Date(shift.startsAt),
      end: new Date(shift.endsAt),
      stamp,
      summary: `${shift.shiftTypeName} · ${shift.residenceName}`,
      location: addressOf(shift.residenceId),
    });
  }
  return calendar.toString();
}

/** A file-name-safe form of a name: "Åse M. Jensen" → "åse-m-jensen". */
export const fileNamePart = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-+|-+$/g, '');
