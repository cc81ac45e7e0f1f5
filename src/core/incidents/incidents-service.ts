// Incidents per citizen: magtanvendelser, utilsigtede hændelser and hospital stays, with whether
// and when they were reported (indberettet). Counted in status reports. Registered once they have
// happened: neither the incident nor its reporting may lie after today.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import type { Incident } from '../../contract/areas/notes';
import { INCIDENT_KIND_LABELS, INCIDENT_TYPES } from '../../contract/plan-terms';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createIncidentsQueries, type IncidentRecord } from './incidents-queries';

const shownDate = (iso: string) => dayjs(iso).format('DD-MM-YYYY');

const toIncident = (row: IncidentRecord): Incident => ({
  id: row.id,
  citizenId: row.citizen_id,
  kind: row.kind,
  type: row.incident_type,
  date: row.occurred_date,
  time: row.occurred_time,
  description: row.description,
  reported: row.reported === 1,
  reportedDate: row.reported_date,
  recordedBy: row.recorded_by_name,
  createdAt: row.created_at,
});

/** "Magtanvendelse: Fastholdelse", "Hospitalsindlæggelse": what the audit log names. */
const incidentName = (row: Pick<IncidentRecord, 'kind' | 'incident_type'>) => {
  const type = row.incident_type === null ? null : (INCIDENT_TYPES[row.kind][row.incident_type] ?? row.incident_type);
  return type ? `${INCIDENT_KIND_LABELS[row.kind]}: ${type}` : INCIDENT_KIND_LABELS[row.kind];
};

export function createIncidentsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createIncidentsQueries(db);

  return {
    list(actor: Actor, input: ParsedInputOf<'incidents.list'>): Incident[] {
      access.assertCanSee(actor, input.citizenId);
      const rows = q.forCitizen.all(input.citizenId);
      audit.record(actor, { action: 'read', method: 'incidents.list', citizenId: input.citizenId, detail: `${rows.length} hændelser` });
      return rows.map(toIncident);
    },

    create(actor: Actor, input: ParsedInputOf<'incidents.create'>): Incident {
      access.assertCanSee(actor, input.citizenId);
      const today = access.today();
      if (input.date > today) throw invalidField('date', 'Dato kan ikke ligge i fremtiden: registrér hændelsen, når den er sket');
      if (!input.reported && input.reportedDate !== null) {
        throw invalidField('reportedDate', 'Indberettet dato kan kun udfyldes, når hændelsen er indberettet');
      }
      if (input.reportedDate !== null && input.reportedDate > today) throw invalidField('reportedDate', 'Indberettet dato kan ikke ligge i fremtiden');
      const id = Number(
        q.insert.run({
          citizenId: input.citizenId,
          kind: input.kind,
          type: input.type,
          date: input.date,
          time: input.time,
          description: input.description,
          reported: input.reported ? 1 : 0,
          reportedDate: input.reportedDate,
          actorId: actor.userId,
          now: clock.now().toISOString(),
        }).lastInsertRowid,
      );
      const row = q.byId.get(id)!;
      audit.record(actor, { action: 'create', method: 'incidents.create', citizenId: input.citizenId, subject: incidentName(row), detail: shownDate(input.date) });
      return toIncident(row);
    },

    markReported(actor: Actor, input: ParsedInputOf<'incidents.markReported'>): Incident {
      const current = q.byId.get(input.id);
      if (!current) throw notFound('Hændelsen');
      access.assertCanSee(actor, current.citizen_id);
      if (current.reported === 1) {
        const when = current.reported_date ? ` pr. ${shownDate(current.reported_date)}` : '';
        throw new DomainError('CONFLICT', `Hændelsen er allerede indberettet${when}.`);
      }
      if (input.reportedDate < current.occurred_date) {
        throw invalidField('reportedDate', `Indberettet dato kan ikke ligge før hændelsens dato (${shownDate(current.occurred_date)})`);
      }
      if (input.reportedDate > access.today()) throw invalidField('reportedDate', 'Indberettet dato kan ikke ligge i fremtiden');
      q.markReported.run(input.reportedDate, input.id);
      audit.record(actor, { action: 'update', method: 'incidents.markReported', citizenId: current.citizen_id, subject: incidentName(current), detail: `Indberettet ${shownDate(input.reportedDate)}` });
      return toIncident(q.byId.get(input.id)!);
    },
  };
}

export type IncidentsService = ReturnType<typeof createIncidentsService>;
