// Incidents per citizen: magtanvendelser, utilsigtede hændelser and hospital stays, with whether
// and when they were reported (indberettet). Counted in status reports.
import type { ParsedInputOf } from '../../contract';
import type { Incident } from '../../contract/areas/notes';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createIncidentsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void [db, clock, audit, access];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'incidents.list'>): Incident[] => todo(),
    create: (actor: Actor, input: ParsedInputOf<'incidents.create'>): Incident => todo(),
    markReported: (actor: Actor, input: ParsedInputOf<'incidents.markReported'>): Incident => todo(),
  };
}

export type IncidentsService = ReturnType<typeof createIncidentsService>;
