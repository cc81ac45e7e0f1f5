// Substitutes' availability and wishes per day (or kind of shift), which suggestions respect.
// Setting null removes the entry; the answer is the member's entries on the days set.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AvailabilityEntry } from '../../contract/areas/staff';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createAvailabilityQueries, type AvailabilityRecord } from './availability-queries';

const toEntry = (row: AvailabilityRecord): AvailabilityEntry => ({
  staffId: row.staff_id,
  date: row.available_date,
  shiftKind: row.shift_kind === 'hele' ? null : row.shift_kind,
  availability: row.availability,
});

export function createAvailabilityService(db: Db, _clock: Clock, audit: AuditLog) {
  const q = createAvailabilityQueries(db);

  return {
    list: (_actor: Actor, input: ParsedInputOf<'staff.availability'>): OutputOf<'staff.availability'> =>
      q.list.all({ staffId: input.staffId, from: input.from, to: input.to }).map(toEntry),

    set(actor: Actor, input: ParsedInputOf<'staff.setAvailability'>): OutputOf<'staff.setAvailability'> {
      const member = q.staff.get(input.staffId);
      if (!member) throw invalidField('staffId', 'Medarbejder: vælg en medarbejder fra listen');
      // A scoped user (afdelingsleder) sets it only for their own residences' staff; the pool is the planners'.
      if (actor.residenceIds !== null) {
        if (member.home_residence_id === null) throw new DomainError('FORBIDDEN', 'Kun vagtplanlæggere og administratorer angiver vikarkorpsets tilgængelighed.');
        assertResidenceAccess(actor, member.home_residence_id);
      }
      const dates = [...new Set(input.dates)].sort();
      const shiftKind = input.shiftKind ?? 'hele';
      for (const date of dates) {
        if (input.availability === null) q.remove.run({ staffId: input.staffId, date, shiftKind });
        else q.upsert.run({ staffId: input.staffId, date, shiftKind, availability: input.availability });
      }
      audit.record(actor, {
        action: 'update',
        method: 'staff.setAvailability',
        subject: member.name,
        detail: `${dates.length} dag(e) fra ${dates[0]}: ${input.shiftKind ?? 'hele dagen'} = ${input.availability ?? 'fjernet'}`,
      });
      return dates.flatMap((date) => q.ofDay.all({ staffId: input.staffId, date })).map(toEntry);
    },
  };
}

export type AvailabilityService = ReturnType<typeof createAvailabilityService>;
