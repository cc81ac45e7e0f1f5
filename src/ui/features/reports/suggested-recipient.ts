// Who a report most likely goes to, prefilled in "Markér som sendt": the municipality's official
// name for a municipality or status report, the region for a region report.
import type { ReportSummary } from '../../../contract/areas/reports';
import type { Municipality } from '../../../contract/areas/reference';

/** The recipient a report to a municipality or region most likely goes to. */
export function suggestedRecipient(report: Pick<ReportSummary, 'municipalityCode' | 'regionCode'>, municipalities: readonly Municipality[]): string {
  if (report.municipalityCode) {
    const match = municipalities.find((row) => row.code === report.municipalityCode);
    if (match) return match.officialName || match.name;
  }
  if (report.regionCode) {
    const match = municipalities.find((row) => row.regionCode === report.regionCode);
    if (match) return match.regionName;
  }
  return '';
}
