// The Danish (or English) name of a report kind, for lists and filters.
import type { TFunction } from 'i18next';
import { REPORT_KINDS, type ReportKind } from '../../../contract/areas/reports';

export function reportKindLabel(t: TFunction, kind: ReportKind): string {
  return t(`reports.kinds.${kind}`);
}

export function reportKindOptions(t: TFunction): { value: ReportKind; label: string }[] {
  return REPORT_KINDS.map((kind) => ({ value: kind, label: reportKindLabel(t, kind) }));
}
