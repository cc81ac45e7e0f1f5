// Absence (fravær) per staff member and period; registering it turns their shifts in the period into
// open shifts (ledige vagter). Absences of one person never overlap. Deleting a mistaken absence
// leaves the opened shifts open: someone may already be covering them.
import dayjs from 'dayjs';
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Absence } from '../../contract/areas/roster';
import { ABSENCE_KIND_LABELS } from '../../contract/roster-terms';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createAbsencesQueries, type AbsenceRecord } from './absences-queries';
import { createShiftReader } from './shift-reader';

const shownDate = (iso: string) => dayjs(iso).format('DD-MM-YYYY');
/** "Sygdom 02-03-2026–04-03-2026" */
export const describeAbsence = (row: Pick<AbsenceRecord, 'kind' | 'from_date' | 'to_date'>) =>
  `${ABSENCE_KIND_LABELS[row.kind]} ${shownDate(row.from_date)}–${shownDate(row.to_date)}`;

const toAbsence = (row: AbsenceRecord): Absence => ({
  id: row.id,
  staffId: row.staff_id,
  staffName: row.staff_name,
  kind: row.kind,
  from: row.from_date,
  to: row.to_date,
  note: row.note,
  recordedBy: row.recorded_by_name,
  createdAt: row.created_at,
});

export function createAbsencesService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createAbsencesQueries(db);
  const shifts = createShiftReader(db);

  /** A scoped user (afdelingsleder) handles absence only for staff whose home residence is theirs. */
  function assertStaffInScope(actor: Actor, homeResidenceId: number | null): void {
    if (actor.residenceIds === null) return;
    if (homeResidenceId === null) throw new DomainError('FORBIDDEN', 'Kun vagtplanlæggere og administratorer registrerer fravær for vikarkorpset.');
    assertResidenceAccess(actor, homeResidenceId);
  }

  return {
    list(actor: Actor, input: ParsedInputOf<'absences.list'>): OutputOf<'absences.list'> {
      if (input.residenceId !== null) assertResidenceAccess(actor, input.residenceId);
      return q.list
        .all({ from: input.from, to: input.to, staffId: input.staffId, residenceId: input.residenceId })
        .filter((row) => actor.residenceIds === null || (row.home_residence_id !== null && actor.residenceIds.includes(row.home_residence_id)))
        .map(toAbsence);
    },

    create(actor: Actor, input: ParsedInputOf<'absences.create'>): OutputOf<'absences.create'> {
      const member = q.staff.get(input.staffId);
      if (!member) throw invalidField('staffId', 'Medarbejder: vælg en medarbejder fra listen');
      assertStaffInScope(actor, member.home_residence_id);
      const clash = q.overlapping.get({ staffId: input.staffId, from: input.from, to: input.to });
      if (clash) throw invalidField('from', `Fravær overlapper fravær (${describeAbsence(clash)})`);
      const now = clock.now().toISOString();
      const id = Number(q.insert.run({ staffId: input.staffId, kind: input.kind, from: input.from, to: input.to, note: input.note, recordedBy: actor.userId, now }).lastInsertRowid);
      const opened = q.shiftIdsIn.all({ staffId: input.staffId, from: input.from, to: input.to });
      for (const shiftId of opened) q.openShift.run({ id: shiftId, now });
      const absence = q.byId.get(id)!;
      audit.record(actor, { action: 'create', method: 'absences.create', subject: member.name, detail: `${describeAbsence(absence)}; ${opened.length} vagt(er) blev ledige` });
      return { absence: toAbsence(absence), openedShifts: opened.map((shiftId) => shifts.get(shiftId)!) };
    },

    remove(actor: Actor, input: ParsedInputOf<'absences.delete'>): OutputOf<'absences.delete'> {
      const current = q.byId.get(input.id);
      if (!current) throw notFound('Fraværet');
      assertStaffInScope(actor, current.home_residence_id);
      q.remove.run(input.id);
      audit.record(actor, { action: 'delete', method: 'absences.delete', subject: current.staff_name, detail: describeAbsence(current) });
      return {};
    },
  };
}

export type AbsencesService = ReturnType<typeof createAbsencesService>;
