// The report's pages drawn by react-pdf (pdf.js): fitted to the width, zoomable, with a text layer
// so text can be selected. Pages render when scrolled near, so a 300-page report opens at once.
import { Alert, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useElementSize, useIntersection } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useMemo, useState } from 'react';
import { Document, Page } from 'react-pdf';
import 'react-pdf/dist/Page/TextLayer.css';
import { useTranslation } from 'react-i18next';
import './pdf-worker';

/** A4 height over width; pages not yet drawn keep this shape so the scrollbar is honest. */
const A4_RATIO = 297 / 210;

interface ReportPagesProps {
  bytes: Uint8Array<ArrayBuffer>;
  zoom: number;
  onLoaded?: (pdf: PDFDocumentProxy) => void;
}

export function ReportPages({ bytes, zoom, onLoaded }: ReportPagesProps) {
  const { t } = useTranslation();
  const { ref, width: containerWidth } = useElementSize();
  const [pageCount, setPageCount] = useState(0);
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy. Suspense (react-pdf
  // 11's default) re-suspended forever here; without it react-pdf reloads when `file` changes identity.
  const file = useMemo(() => ({ data: bytes.slice() }), [bytes]);
  const width = Math.max(200, Math.floor((containerWidth || 800) * zoom) - 2);

  return (
    <div ref={ref} style={{ width: '100%' }}>
      <Document
        file={file}
        suspense={false}
        onLoadSuccess={(pdf) => {
          setPageCount(pdf.numPages);
          onLoaded?.(pdf);
        }}
        loading={
          <Center h={240}>
            <Stack align="center" gap="xs">
              <Loader />
              <Text size="sm" c="dimmed">{t('reports.preview.loadingPdf')}</Text>
            </Stack>
          </Center>
        }
        error={(error?: Error) => (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
            {t('reports.preview.pdfFailed')}
            {error?.message ? <Text size="xs" mt={4}>{error.message}</Text> : null}
          </Alert>
        )}
      >
        {/* "safe": a page zoomed wider than the view overflows to the right, where it can be scrolled to. */}
        <Stack gap="md" style={{ alignItems: 'safe center' }}>
          {Array.from({ length: pageCount }, (_, index) => (
            <LazyPage key={index + 1} pageNumber={index + 1} width={width} />
          ))}
        </Stack>
      </Document>
    </div>
  );
}

function LazyPage({ pageNumber, width }: { pageNumber: number; width: number }) {
  const { t } = useTranslation();
  const { ref, entry } = useIntersection({ rootMargin: '1200px 0px' });
  const [seen, setSeen] = useState(pageNumber <= 2);
  useEffect(() => {
    if (entry?.isIntersecting) setSeen(true);
  }, [entry?.isIntersecting]);
  const placeholder = (
    <Center h={Math.round(width * A4_RATIO)} w={width}>
      <Text size="sm" c="dimmed">{t('reports.preview.pageLoading', { page: pageNumber })}</Text>
    </Center>
  );
  return (
    <Paper ref={ref} data-testid="report-preview-page" data-page={pageNumber} shadow="sm" withBorder radius={0} bg="white" style={{ overflow: 'hidden' }} miw={width}>
      {seen ? (
        <Page pageNumber={pageNumber} width={width} renderAnnotationLayer={false} renderTextLayer loading={placeholder} />
      ) : (
        placeholder
      )}
    </Paper>
  );
}
