// The municipality report's pages. Placeholder until the report is built.
import type { AreaReportModel } from '../models/area-report-model';
import { Empty, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const municipalityTemplate: ReportTemplate<AreaReportModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Empty>Ikke bygget endnu.</Empty>
      </ReportPage>
    </ReportDocument>
  ),
};
