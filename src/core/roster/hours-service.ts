// Hours and cost per employee and month (evening, night, weekend and holiday minutes with the
// supplements as settings), the payroll export (CSV) and a staff member's shifts as iCalendar.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { StaffHours } from '../../contract/areas/roster';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { fileNamePart, shiftsCalendar } from './calendar-ics';
import { createHoursQueries } from './hours-queries';
import { splitShift } from './hours-split';
import { payrollCsv } from './payroll-csv';
import { toShift } from './shift-reader';

dayjs.extend(utc);

export function createHoursService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createHoursQueries(db);

  function hours(actor: Actor, input: ParsedInputOf<'roster.hours'>): StaffHours[] {
    if (input.residenceId !== null) {
      if (!q.residence.get(input.residenceId)) throw notFound('Botilbuddet');
      assertResidenceAccess(actor, input.residenceId);
    }
    const settings = q.settings.get()!;
    const times = { eveningFrom: settings.evening_from, nightFrom: settings.night_from, nightTo: settings.night_to };
    const from = `${input.month}-01`;
    const to = dayjs.utc(from).endOf('month').format('YYYY-MM-DD');
    const people = new Map<number, StaffHours & { rate: number | null; supplementMinutePermille: number }>();
    for (const row of q.shifts.iterate({ from, to, residenceId: input.residenceId, employment: input.employment })) {
      if (!canSeeResidence(actor, row.residence_id)) continue;
      let person = people.get(row.staff_id);
      if (!person) {
        person = {
          staffId: row.staff_id,
          name: row.name,
          employeeNumber: row.employee_number,
          employment: row.employment,
          shifts: 0,
          minutes: 0,
          eveningMinutes: 0,
          nightMinutes: 0,
          weekendMinutes: 0,
          holidayMinutes: 0,
          costOre: null,
          rate: row.hourly_rate_ore,
          supplementMinutePermille: 0,
        };
        people.set(row.staff_id, person);
      }
      const split = splitShift(row.starts_at, row.ends_at, times);
      person.shifts += 1;
      person.minutes += row.minutes;
      person.eveningMinutes += split.eveningMinutes;
      person.nightMinutes += split.nightMinutes;
      person.weekendMinutes += split.weekendMinutes;
      person.holidayMinutes += split.holidayMinutes;
      person.supplementMinutePermille +=
        split.eveningMinutes * settings.evening_permille +
        split.nightMinutes * settings.night_permille +
        split.weekendMinutes * settings.weekend_permille +
        split.holidayMinutes * settings.holiday_permille;
    }
    // Rate × (minutes + Σ supplement minutes × per mille / 1000) / 60, rounded once per person.
    return [...people.values()].map(({ rate, supplementMinutePermille, ...person }) => ({
      ...person,
      costOre: rate === null ? null : Math.round((rate * (person.minutes * 1000 + supplementMinutePermille)) / 60_000),
    }));
  }

  return {
    hours,

    payrollExport(actor: Actor, input: ParsedInputOf<'roster.payrollExport'>): OutputOf<'roster.payrollExport'> {
      const rows = hours(actor, { month: input.month, residenceId: null, employment: null });
      audit.record(actor, { action: 'export', method: 'roster.payrollExport', subject: `Løn ${input.month}`, detail: `${rows.length} medarbejdere` });
      return { fileName: `loen-${input.month}.csv`, csv: payrollCsv(rows) };
    },

    calendar(actor: Actor, input: ParsedInputOf<'roster.calendar'>): OutputOf<'roster.calendar'> {
      const staff = q.staff.get(input.staffId);
      if (!staff) throw notFound('Medarbejderen');
      const shifts = q.staffShifts
        .all({ staffId: input.staffId, from: input.from, to: input.to })
        .filter((row) => canSeeResidence(actor, row.residence_id))
        .map(toShift);
      const addresses = new Map(
        q.addresses.all().map((r) => [r.id, [r.street, [r.postal_code, r.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null]),
      );
      audit.record(actor, { action: 'export', method: 'roster.calendar', subject: staff.name, detail: `${shifts.length} vagter ${input.from}-${input.to}` });
      return {
        fileName: `vagter-${fileNamePart(staff.name)}-${input.from}.ics`,
        ics: shiftsCalendar(staff.name, shifts, (id) => addresses.get(id) ?? null, clock.now()),
      };
    },
  };
}

export type HoursService = ReturnType<typeof createHoursService>;
