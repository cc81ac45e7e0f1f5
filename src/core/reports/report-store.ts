// Keeps generated reports: renders a prepared report and stores it as a draft, lists them, hands
// back the stored file (never a re-render), and freezes a report when it is marked as sent.
import type { ParsedInputOf } from '../../contract';
import type { ReportFile, ReportSummary } from '../../contract/areas/reports';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import type { PdfRenderer } from './pdf/pdf-renderer';
import type { PreparedReport } from './report-job';

const notBuilt = (): never => {
  throw new Error('not implemented');
};

export function createReportStore(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess, renderer: PdfRenderer) {
  void db;
  void clock;
  void audit;
  void citizenAccess;
  void renderer;
  return {
    async renderAndStore(actor: Actor, prepared: PreparedReport): Promise<ReportSummary> {
      void actor;
      void prepared;
      return notBuilt();
    },
    list(actor: Actor, input: ParsedInputOf<'reports.list'>): ReportSummary[] {
      void actor;
      void input;
      return notBuilt();
    },
    file(actor: Actor, id: number): ReportFile {
      void actor;
      void id;
      return notBuilt();
    },
    markSent(actor: Actor, input: ParsedInputOf<'reports.markSent'>): ReportSummary {
      void actor;
      void input;
      return notBuilt();
    },
  };
}
