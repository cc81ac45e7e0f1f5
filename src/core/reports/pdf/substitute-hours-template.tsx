// The substitute-hours report's pages. Placeholder until the report is built.
import type { SubstituteHoursModel } from '../models/substitute-hours-model';
import { Empty, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const substituteHoursTemplate: ReportTemplate<SubstituteHoursModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Empty>Ikke bygget endnu.</Empty>
      </ReportPage>
    </ReportDocument>
  ),
};
