// The waiting list (venteliste) per residence: oldest request first, one active place per citizen
// and residence, and a status that can say "indflyttet" only once the move-in is registered.
import type { OutputOf, ParsedInputOf } from '../../contract';
import { ACTIVE_WAITING_STATUSES, type WaitingListEntry, type WaitingStatus } from '../../contract/areas/waiting-list';
import { maskCpr } from '../../contract/cpr';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import { createDayNumbers, formatDanishDate } from '../citizens/calendar-days';
import type { CitizenAccess } from '../citizens/citizen-access';
import { createResidenceChecks } from '../citizens/residence-checks';
import type { Db } from '../db/open-database';
import { createWaitingEntryWriter } from './waiting-entry-writer';
import { createWaitingListQueries, type WaitingRecord } from './waiting-list-queries';

const isActive = (status: WaitingStatus): boolean => ACTIVE_WAITING_STATUSES.includes(status);

export function createWaitingListService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createWaitingListQueries(db);
  const residences = createResidenceChecks(db);
  const writer = createWaitingEntryWriter(db, clock, residences);

  /** `dayNumber`: shared by the rows of one answer, so each date is counted once. */
  const toEntry = (row: WaitingRecord, today: string, dayNumber = createDayNumbers()): WaitingListEntry => ({
    id: row.id,
    citizenId: row.citizen_id,
    citizenName: row.citizen_name,
    cprMasked: maskCpr(row.cpr),
    residenceId: row.residence_id,
    residenceName: row.residence_name,
    requestedDate: row.requested_date,
    desiredMoveIn: row.desired_move_in,
    status: row.status,
    statusDate: row.status_date,
    note: row.note,
    daysWaiting: Math.max(0, dayNumber(today) - dayNumber(row.requested_date)),
  });

  return {
    list(actor: Actor, input: ParsedInputOf<'waitingList.list'>): OutputOf<'waitingList.list'> {
      if (input.residenceId) assertResidenceAccess(actor, input.residenceId);
      if (input.citizenId) access.assertCanSee(actor, input.citizenId);
      const rows = q.list.all({
        residenceId: input.residenceId ?? null,
        citizenId: input.citizenId ?? null,
        includeClosed: input.includeClosed ? 1 : 0,
        scopeUserId: actor.residenceIds === null ? null : actor.userId,
      });
      const residence = input.residenceId ? residences.byId(input.residenceId)?.name ?? `nr. ${input.residenceId}` : 'alle botilbud';
      const subject = `Venteliste: ${residence}${input.includeClosed ? ', også afsluttede' : ''}`;
      if (input.citizenId) audit.record(actor, { action: 'read', method: 'waitingList.list', citizenId: input.citizenId, subject });
      else audit.record(actor, { action: 'search', method: 'waitingList.list', subject });
      const today = access.today();
      const dayNumber = createDayNumbers();
      return rows.map((row) => toEntry(row, today, dayNumber));
    },

    add(actor: Actor, input: ParsedInputOf<'waitingList.add'>): OutputOf<'waitingList.add'> {
      access.assertCanSee(actor, input.citizenId);
      const { id, residenceName } = writer.add(actor, input);
      const entry = q.byId.get(id)!;
      audit.record(actor, { action: 'create', method: 'waitingList.add', citizenId: input.citizenId, subject: entry.citizen_name, detail: `Venteliste til ${residenceName}` });
      return toEntry(entry, access.today());
    },

    setStatus(actor: Actor, input: ParsedInputOf<'waitingList.setStatus'>): OutputOf<'waitingList.setStatus'> {
      const entry = q.byId.get(input.id);
      if (!entry) throw notFound('Pladsen på ventelisten');
      access.assertCanSee(actor, entry.citizen_id);
      assertResidenceAccess(actor, entry.residence_id);
      if (!isActive(entry.status) && input.status !== entry.status) {
        throw invalidField('status', `Status: pladsen på ventelisten er afsluttet (${entry.status}); sæt borgeren på ventelisten igen i stedet`);
      }
      if (input.statusDate < entry.requested_date) {
        throw invalidField('statusDate', `Dato kan ikke ligge før anmodningen blev modtaget (${formatDanishDate(entry.requested_date)})`);
      }
      if (input.status === 'indflyttet' && q.stayAtResidence.get({ citizenId: entry.citizen_id, residenceId: entry.residence_id, since: entry.requested_date }) === undefined) {
        throw invalidField('status', `Status: registrér først indflytningen (et ophold på ${entry.residence_name}), før pladsen sættes til indflyttet`);
      }
      q.setStatus.run({ id: entry.id, status: input.status, statusDate: input.statusDate, note: input.note ?? entry.note, now: clock.now().toISOString() });
      audit.record(actor, {
        action: 'update',
        method: 'waitingList.setStatus',
        citizenId: entry.citizen_id,
        subject: entry.citizen_name,
        detail: `Venteliste til ${entry.residence_name}: ${entry.status} → ${input.status}`,
      });
      return toEntry(q.byId.get(entry.id)!, access.today());
    },
  };
}

export type WaitingListService = ReturnType<typeof createWaitingListService>;
