// The vikarmappe report's pages. Placeholder until the report is built.
import type { VikarmappeModel } from '../models/vikarmappe-model';
import { Empty, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const vikarmappeTemplate: ReportTemplate<VikarmappeModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Empty>Ikke bygget endnu.</Empty>
      </ReportPage>
    </ReportDocument>
  ),
};
