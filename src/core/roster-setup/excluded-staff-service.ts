// Staff a citizen must not have. Citizen data (audited with the citizen); the rule checker reads it
// without naming the citizen, so a planner learns only that the residence has such a citizen.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { ExcludedStaff } from '../../contract/areas/roster-setup';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import type { CitizenAccess } from '../citizens/citizen-access';
import { createExcludedStaffQueries, type ExcludedStaffRecord } from './excluded-staff-queries';

const toExcluded = (row: ExcludedStaffRecord): ExcludedStaff => ({
  id: row.id,
  citizenId: row.citizen_id,
  staffId: row.staff_id,
  staffName: row.staff_name,
  reason: row.reason,
  createdAt: row.created_at,
});

export function createExcludedStaffService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createExcludedStaffQueries(db);

  return {
    list(actor: Actor, input: ParsedInputOf<'citizens.excludedStaff'>): OutputOf<'citizens.excludedStaff'> {
      access.assertCanSee(actor, input.citizenId);
      const rows = q.ofCitizen.all(input.citizenId);
      audit.record(actor, { action: 'read', method: 'citizens.excludedStaff', citizenId: input.citizenId, detail: `${rows.length} medarbejdere` });
      return rows.map(toExcluded);
    },

    add(actor: Actor, input: ParsedInputOf<'citizens.excludeStaff'>): OutputOf<'citizens.excludeStaff'> {
      access.assertCanSee(actor, input.citizenId);
      const member = q.staff.get(input.staffId);
      if (!member) throw invalidField('staffId', 'Medarbejder: vælg en medarbejder fra listen');
      if (q.existing.get(input.citizenId, input.staffId) !== undefined) {
        throw new DomainError('CONFLICT', `${member.name} er allerede registreret som en medarbejder, borgeren ikke må have.`);
      }
      const id = Number(q.insert.run({ ...input, createdBy: actor.userId, now: clock.now().toISOString() }).lastInsertRowid);
      audit.record(actor, { action: 'create', method: 'citizens.excludeStaff', citizenId: input.citizenId, subject: member.name });
      return toExcluded(q.byId.get(id)!);
    },

    remove(actor: Actor, input: ParsedInputOf<'citizens.removeExcludedStaff'>): OutputOf<'citizens.removeExcludedStaff'> {
      const current = q.byId.get(input.id);
      if (!current) throw notFound('Registreringen');
      access.assertCanSee(actor, current.citizen_id);
      q.remove.run(input.id);
      audit.record(actor, { action: 'delete', method: 'citizens.removeExcludedStaff', citizenId: current.citizen_id, subject: current.staff_name, detail: input.note });
      return {};
    },
  };
}

export type ExcludedStaffService = ReturnType<typeof createExcludedStaffService>;
