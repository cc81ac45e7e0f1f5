// Splits a municipality or region report into parts the engine renders in parallel and merges:
// the first part carries the summary and the invoicing basis, each later part a run of citizens.
import type { AreaReportModel } from '../models/area-report-model';

/**
 * Citizens per part: a page each, so ~25 pages, well inside react-pdf's fast range. (Measured: a
 * page per citizen renders no slower than compact blocks of 3-6 per page; 24 on one flowing page is slower.)
 */
export const CITIZENS_PER_PART = 25;

export function splitAreaModel(model: AreaReportModel): AreaReportModel[] {
  if (model.citizens.length <= CITIZENS_PER_PART) return [model];
  const parts: AreaReportModel[] = [{ ...model, citizens: [], citizenOffset: 0 }];
  for (let offset = 0; offset < model.citizens.length; offset += CITIZENS_PER_PART) {
    parts.push({ ...model, invoice: [], citizens: model.citizens.slice(offset, offset + CITIZENS_PER_PART), citizenOffset: offset });
  }
  return parts;
}
