// Reports across citizens: to a municipality (or every municipality of a region) for a period,
// and occupancy per residence.
import type { ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import type { AreaReportModel } from './models/area-report-model';
import type { OccupancyModel } from './models/occupancy-model';
import type { PreparedReport } from './report-job';

const notBuilt = (): never => {
  throw new Error('not implemented');
};

export function createAreaReports(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  void db;
  void clock;
  void audit;
  void citizenAccess;
  return {
    prepareArea(actor: Actor, input: ParsedInputOf<'reports.generateMunicipality'>): PreparedReport<AreaReportModel> {
      void actor;
      void input;
      return notBuilt();
    },
    prepareOccupancy(actor: Actor, input: ParsedInputOf<'reports.generateOccupancy'>): PreparedReport<OccupancyModel> {
      void actor;
      void input;
      return notBuilt();
    },
  };
}
