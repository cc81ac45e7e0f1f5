// Shows one stored report (a draft or a frozen sent copy) with react-pdf: pages, save (the desktop's
// save dialog, a download in the browser), print, and "Markér som sendt".
import { ActionIcon, Alert, Button, Group, Loader, Modal, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconLock, IconPrinter, IconSend, IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SENDABLE_REPORT_KINDS, type ReportSummary } from '../../../contract/areas/reports';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifyError } from '../../components/notify';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { MarkSentModal } from './mark-sent-modal';
import { base64ToBytes, downloadPdf } from './report-bytes';
import { ReportPages } from './report-pages';
import { printPdf } from './report-print';
import { ReportShaBadge } from './report-sha-badge';
import { ReportStatusBadge } from './report-status-badge';

export interface ReportPreviewProps {
  /** The stored report to show; null closes the preview. */
  reportId: number | null;
  onClose: () => void;
  /** Called after the report was marked as sent (the preview stays open showing "Sendt"). */
  onSent?: (report: ReportSummary) => void;
}

export function ReportPreview({ reportId, onClose, onSent }: ReportPreviewProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={reportId !== null}
      onClose={onClose}
      title={t('reports.preview.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="min(1100px, 96vw)"
      styles={{ body: { paddingBottom: 0 } }}
    >
      {reportId !== null ? <PreviewBody key={reportId} reportId={reportId} onSent={onSent} /> : null}
    </Modal>
  );
}

const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2];

function PreviewBody({ reportId, onSent }: { reportId: number; onSent?: (report: ReportSummary) => void }) {
  const { t } = useTranslation();
  const canSend = useCan('reports.generate');
  const file = useRpcQuery('reports.file', { id: reportId }, { staleTime: Infinity });
  const [sentNow, setSentNow] = useState<ReportSummary | null>(null);
  const [marking, setMarking] = useState(false);
  const [zoomIndex, setZoomIndex] = useState(ZOOM_STEPS.indexOf(1));
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [printing, setPrinting] = useState<{ done: number; total: number } | null>(null);
  // Keyed on the hash: a refetch after "Markér som sendt" returns the same file, which must not reload.
  const sha256 = file.data?.sha256;
  const base64 = file.data?.base64;
  const bytes = useMemo(() => (base64 ? base64ToBytes(base64) : null), [sha256]);

  if (file.isPending) return <CenteredLoader fullPage={false} />;
  if (file.error) return <LoadError error={file.error} onRetry={() => void file.refetch()} />;
  const report: ReportSummary = sentNow ?? file.data;
  const sendable = (SENDABLE_REPORT_KINDS as readonly string[]).includes(report.kind);

  const print = async () => {
    if (!pdf) return;
    setPrinting({ done: 0, total: pdf.numPages });
    try {
      await printPdf(pdf, report.fileName.replace(/\.pdf$/i, ''), (done, total) => setPrinting({ done, total }));
    } catch (error) {
      notifyError(error, t('reports.preview.printFailed'));
    } finally {
      setPrinting(null);
    }
  };

  return (
    <Stack gap="sm" data-testid="report-preview" data-report-id={report.id}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Title order={3} data-testid="report-title">{report.title}</Title>
          <Text size="sm" c="dimmed">
            {[
              report.subject,
              report.periodFrom && report.periodTo ? t('reports.preview.period', { from: formatDate(report.periodFrom), to: formatDate(report.periodTo) }) : null,
              t('reports.preview.generated', { date: formatDate(report.generatedAt), by: report.generatedBy }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Group gap="xs">
            <ReportStatusBadge report={report} data-testid="report-status" size="lg" />
            <ReportShaBadge sha256={report.sha256} />
            <Text size="sm" c="dimmed" data-testid="report-page-count">{t('reports.preview.pages', { count: report.pageCount })}</Text>
            {report.fullCpr ? <Text size="sm" c="orange">{t('reports.preview.fullCpr')}</Text> : null}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button leftSection={<IconDeviceFloppy size={18} />} variant="default" disabled={!bytes} onClick={() => bytes && downloadPdf(bytes, report.fileName)}>
            {t('reports.preview.save')}
          </Button>
          <Button leftSection={printing ? <Loader size={16} /> : <IconPrinter size={18} />} variant="default" disabled={!pdf || printing !== null} onClick={() => void print()}>
            {printing ? t('reports.preview.printing', printing) : t('reports.preview.print')}
          </Button>
          {sendable && !report.sentAt && canSend ? (
            <Button leftSection={<IconSend size={18} />} onClick={() => setMarking(true)}>
              {t('reports.preview.markSent')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {report.sentAt ? (
        <Alert color="teal" variant="light" p="xs" icon={<IconLock size={18} />}>
          {t('reports.preview.frozen')}
        </Alert>
      ) : null}
      {report.warnings.length ? (
        <Alert color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={18} />} title={t('reports.preview.warnings')} data-testid="report-warnings">
          {report.warnings.map((warning) => (
            <Text key={warning} size="sm">{warning}</Text>
          ))}
        </Alert>
      ) : null}
      <Group gap={4} justify="flex-end">
        <Tooltip label={t('reports.preview.zoomOut')}>
          <ActionIcon variant="default" aria-label={t('reports.preview.zoomOut')} disabled={zoomIndex === 0} onClick={() => setZoomIndex((index) => Math.max(0, index - 1))}>
            <IconZoomOut size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('reports.preview.zoomReset')}>
          <ActionIcon variant="default" aria-label={t('reports.preview.zoomReset')} onClick={() => setZoomIndex(ZOOM_STEPS.indexOf(1))}>
            <IconZoomReset size={18} />
          </ActionIcon>
        </Tooltip>
        <Text size="sm" w={48} ta="center">{Math.round(ZOOM_STEPS[zoomIndex]! * 100)} %</Text>
        <Tooltip label={t('reports.preview.zoomIn')}>
          <ActionIcon variant="default" aria-label={t('reports.preview.zoomIn')} disabled={zoomIndex === ZOOM_STEPS.length - 1} onClick={() => setZoomIndex((index) => Math.min(ZOOM_STEPS.length - 1, index + 1))}>
            <IconZoomIn size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <div style={{ background: 'var(--mantine-color-default-hover)', padding: 'var(--mantine-spacing-md)', overflow: 'auto', maxHeight: 'calc(100vh - 300px)', minHeight: 320 }}>
        {bytes ? <ReportPages bytes={bytes} zoom={ZOOM_STEPS[zoomIndex]!} onLoaded={setPdf} /> : null}
      </div>
      <MarkSentModal
        report={marking ? report : null}
        onClose={() => setMarking(false)}
        onSent={(sent) => {
          setMarking(false);
          setSentNow(sent);
          onSent?.(sent);
        }}
      />
    </Stack>
  );
}
