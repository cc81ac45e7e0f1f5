// Shows one stored report (a draft or a frozen sent copy) with react-pdf: pages, save (the desktop's
// save dialog, a download in the browser), print, and "Markér som sendt". PLACEHOLDER.
export interface ReportPreviewProps {
  /** The stored report to show; null closes the preview. */
  reportId: number | null;
  onClose: () => void;
}

export function ReportPreview({ reportId }: ReportPreviewProps) {
  return reportId === null ? null : <div data-testid="report-preview">Forhåndsvisning kommer.</div>;
}
