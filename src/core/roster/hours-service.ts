// Hours and cost per employee and month (evening, night, weekend and holiday minutes with the
// supplements as settings), the payroll export (CSV) and a staff member's shifts as iCalendar.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createHoursService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    hours: (actor: Actor, input: ParsedInputOf<'roster.hours'>): OutputOf<'roster.hours'> => todo(),
    payrollExport: (actor: Actor, input: ParsedInputOf<'roster.payrollExport'>): OutputOf<'roster.payrollExport'> => todo(),
    calendar: (actor: Actor, input: ParsedInputOf<'roster.calendar'>): OutputOf<'roster.calendar'> => todo(),
  };
}

export type HoursService = ReturnType<typeof createHoursService>;
