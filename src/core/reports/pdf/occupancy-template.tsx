// The occupancy report's pages. Placeholder until the report is built.
import type { OccupancyModel } from '../models/occupancy-model';
import { Empty, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const occupancyTemplate: ReportTemplate<OccupancyModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Empty>Ikke bygget endnu.</Empty>
      </ReportPage>
    </ReportDocument>
  ),
};
