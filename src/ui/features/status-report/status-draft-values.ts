// The statusrapport's free text as the form holds it (empty strings, nullable dates) and back to
// the contract's shape, so the form can validate with the server's own schema.
import type { Recommendation, StatusDraft, StatusReason } from '../../../contract/areas/reports';

export interface StatusDraftValues {
  periodFrom: string | null;
  periodTo: string | null;
  reason: StatusReason;
  reasonText: string;
  assessment: string;
  recommendation: Recommendation | null;
  recommendationText: string;
  nextFollowUp: string | null;
  citizenRemarks: string;
  guardianRemarks: string;
  signerName: string;
  signerTitle: string;
}

export function toDraftValues(draft: StatusDraft): StatusDraftValues {
  return {
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo,
    reason: draft.reason,
    reasonText: draft.reasonText ?? '',
    assessment: draft.assessment ?? '',
    recommendation: draft.recommendation,
    recommendationText: draft.recommendationText ?? '',
    nextFollowUp: draft.nextFollowUp,
    citizenRemarks: draft.citizenRemarks ?? '',
    guardianRemarks: draft.guardianRemarks ?? '',
    signerName: draft.signerName ?? '',
    signerTitle: draft.signerTitle ?? '',
  };
}

/** The input of reports.saveStatusDraft before parsing (the schema trims and turns '' into null). */
export function toDraftInput(values: StatusDraftValues, citizenId: number, version: number) {
  return { ...values, citizenId, version };
}
