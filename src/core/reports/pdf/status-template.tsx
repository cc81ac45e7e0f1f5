// The status report's pages. Placeholder until the report is built.
import type { StatusModel } from '../models/status-model';
import { Empty, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const statusTemplate: ReportTemplate<StatusModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Empty>Ikke bygget endnu.</Empty>
      </ReportPage>
    </ReportDocument>
  ),
};
