// The weekly-roster report's pages. Placeholder until the report is built.
import type { WeeklyRosterModel } from '../models/weekly-roster-model';
import { Empty, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const weeklyRosterTemplate: ReportTemplate<WeeklyRosterModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Empty>Ikke bygget endnu.</Empty>
      </ReportPage>
    </ReportDocument>
  ),
};
