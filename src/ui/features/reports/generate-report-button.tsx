// A button elsewhere in the app (Vagtplan, Vikarer) that generates one report and opens it in the
// preview; rendering can take a moment, so the button says so meanwhile.
import { Button, type ButtonProps } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../contract/areas/reports';
import { notifyError } from '../../components/notify';
import { refreshAfterWrite } from '../../rpc/query-client';
import { ReportPreview } from './report-preview';

interface GenerateReportButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  label: ReactNode;
  generate: () => Promise<ReportSummary>;
  testId?: string;
}

export function GenerateReportButton({ label, generate, testId, ...buttonProps }: GenerateReportButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [reportId, setReportId] = useState<number | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const report = await generate();
      void refreshAfterWrite();
      setReportId(report.id);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileTypePdf size={16} />} {...buttonProps} disabled={busy || buttonProps.disabled} onClick={() => void run()} data-testid={testId}>
        {busy ? t('reports.page.generating') : label}
      </Button>
      <ReportPreview reportId={reportId} onClose={() => setReportId(null)} />
    </>
  );
}
