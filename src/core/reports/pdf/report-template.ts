// What a report template is: a function from a render job to a @react-pdf <Document>, and, for
// long reports, a way to split the model into parts that render separately and are merged
// (react-pdf's layout slows down sharply on long documents; see render-report.ts).
import type { ReactElement } from 'react';
import type { RenderJob } from '../report-job';

export interface ReportTemplate<M> {
  /** The whole document, or (with `part`) one part of a split report: part 0 carries the letterhead. */
  render(job: RenderJob<M>, part?: { index: number; count: number }): ReactElement;
  /** Splits a long model into parts in reading order; omitted for reports that are always short. */
  split?(model: M): M[];
}
