// The residence drawer's Vikarmappe tab: what a new substitute must know, and the PDF preview.
import { useState } from 'react';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ReportPreview } from '../reports/report-preview';
import { BriefingForm } from './briefing-form';

export function BriefingTab({ residenceId }: { residenceId: number }) {
  const briefing = useRpcQuery('reports.briefing', { residenceId }, { refetchOnWindowFocus: false });
  const [previewId, setPreviewId] = useState<number | null>(null);

  return (
    <>
      {briefing.isPending ? <CenteredLoader fullPage={false} /> : null}
      {briefing.isError ? <LoadError error={briefing.error} onRetry={() => void briefing.refetch()} /> : null}
      {briefing.isSuccess ? <BriefingForm key={residenceId} residenceId={residenceId} briefing={briefing.data} onGenerated={setPreviewId} /> : null}
      <ReportPreview reportId={previewId} onClose={() => setPreviewId(null)} />
    </>
  );
}
