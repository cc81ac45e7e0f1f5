// Reports for the roster side: the printed weekly plan per residence, substitute hours per month,
// and the vikarmappe (with its content, edited per residence).
import type { ParsedInputOf } from '../../contract';
import type { Briefing } from '../../contract/areas/reports';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import type { SubstituteHoursModel } from './models/substitute-hours-model';
import type { VikarmappeModel } from './models/vikarmappe-model';
import type { WeeklyRosterModel } from './models/weekly-roster-model';
import type { PreparedReport } from './report-job';

const notBuilt = (): never => {
  throw new Error('not implemented');
};

export function createRosterReports(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  void db;
  void clock;
  void audit;
  void citizenAccess;
  return {
    prepareWeeklyRoster(actor: Actor, input: ParsedInputOf<'reports.generateWeeklyRoster'>): PreparedReport<WeeklyRosterModel> {
      void actor;
      void input;
      return notBuilt();
    },
    prepareSubstituteHours(actor: Actor, input: ParsedInputOf<'reports.generateSubstituteHours'>): PreparedReport<SubstituteHoursModel> {
      void actor;
      void input;
      return notBuilt();
    },
    prepareVikarmappe(actor: Actor, input: ParsedInputOf<'reports.generateVikarmappe'>): PreparedReport<VikarmappeModel> {
      void actor;
      void input;
      return notBuilt();
    },
    briefing(actor: Actor, residenceId: number): Briefing {
      void actor;
      void residenceId;
      return notBuilt();
    },
    saveBriefing(actor: Actor, input: ParsedInputOf<'reports.saveBriefing'>): Briefing {
      void actor;
      void input;
      return notBuilt();
    },
  };
}
