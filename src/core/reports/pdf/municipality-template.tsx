// The municipality and region report's pages: the summary (key figures, goals, progression,
// magtanvendelser) and the fakturagrundlag in the first part, then one page per citizen. Long reports split
// into parts of citizens (municipality-split.ts) that render in parallel and are merged.
import type { AreaReportModel } from '../models/area-report-model';
import { MunicipalityCitizen } from './municipality-citizen';
import { splitAreaModel } from './municipality-split';
import { invoicePages } from './municipality-invoice-pages';
import { InvoicePage, MunicipalitySummary } from './municipality-summary';
import { GeneratedBy, ReportDocument, ReportPage } from './primitives';
import type { ReportTemplate } from './report-template';

export const municipalityTemplate: ReportTemplate<AreaReportModel> = {
  render: (job, part) => {
    const first = (part?.index ?? 0) === 0;
    const last = part === undefined || part.index === part.count - 1;
    const { model } = job;
    const citizens = model.citizens;
    const invoice = first ? invoicePages(model.invoice) : [];
    return (
      <ReportDocument frame={job.frame}>
        {first ? (
          <ReportPage frame={job.frame} first>
            <MunicipalitySummary model={model} />
            {citizens.length === 0 && last && invoice.length === 0 ? <GeneratedBy frame={job.frame} /> : null}
          </ReportPage>
        ) : null}
        {invoice.map((slices, index) => (
          <ReportPage key={`invoice-${index}`} frame={job.frame}>
            <InvoicePage slices={slices} first={index === 0} region={model.kind === 'region'} />
            {citizens.length === 0 && last && index === invoice.length - 1 ? <GeneratedBy frame={job.frame} /> : null}
          </ReportPage>
        ))}
        {citizens.map((citizen, index) => (
          <ReportPage key={citizen.id} frame={job.frame}>
            <MunicipalityCitizen citizen={citizen} number={model.citizenOffset + index + 1} />
            {last && index === citizens.length - 1 ? <GeneratedBy frame={job.frame} /> : null}
          </ReportPage>
        ))}
      </ReportDocument>
    );
  },
  split: splitAreaModel,
};
