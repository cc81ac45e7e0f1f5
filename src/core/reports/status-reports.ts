// The statusrapport per citizen: its free-text draft (written in the app before generating) and
// the report's data gathered for the period (stamdata, purpose, goals, themes, incidents, notes).
import type { ParsedInputOf } from '../../contract';
import type { StatusDraft } from '../../contract/areas/reports';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import type { StatusModel } from './models/status-model';
import type { PreparedReport } from './report-job';

const notBuilt = (): never => {
  throw new Error('not implemented');
};

export function createStatusReports(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  void db;
  void clock;
  void audit;
  void citizenAccess;
  return {
    draft(actor: Actor, citizenId: number): StatusDraft {
      void actor;
      void citizenId;
      return notBuilt();
    },
    saveDraft(actor: Actor, input: ParsedInputOf<'reports.saveStatusDraft'>): StatusDraft {
      void actor;
      void input;
      return notBuilt();
    },
    prepare(actor: Actor, input: ParsedInputOf<'reports.generateStatus'>): PreparedReport<StatusModel> {
      void actor;
      void input;
      return notBuilt();
    },
  };
}
