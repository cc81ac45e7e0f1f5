// "Rapporter om borgeren": the reports generated about one citizen, newest first, each opened in
// the preview (a sent one is its frozen file, never a new render).
import { Button, Paper, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../contract/areas/reports';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate, formatDateTime } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ReportStatusBadge } from '../reports/report-status-badge';

export function CitizenReportsList({ citizenId, onOpen }: { citizenId: number; onOpen: (reportId: number) => void }) {
  const { t } = useTranslation();
  const reports = useRpcQuery('reports.list', { citizenId });

  return (
    <Paper p="lg" radius="md">
      <SectionHeader title={t('statusReport.list.title')} description={t('statusReport.list.intro')} />
      {reports.isError ? (
        <LoadError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <DataTable<ReportSummary>
          aria-label={t('statusReport.list.tableLabel')}
          {...TABLE_LOOK}
          minHeight={reports.data?.length ? undefined : 120}
          fetching={reports.isPending}
          records={reports.data ?? []}
          idAccessor="id"
          noRecordsText={t('statusReport.list.empty')}
          customRowAttributes={(row) => ({ 'data-testid': `citizen-report-${row.id}` })}
          columns={[
            { accessor: 'title', title: t('statusReport.list.columns.title'), render: (row) => <Text size="sm" fw={500}>{row.title}</Text> },
            {
              accessor: 'periodFrom',
              title: t('statusReport.list.columns.period'),
              noWrap: true,
              render: (row) => (row.periodFrom ? t('statusReport.list.periodRange', { from: formatDate(row.periodFrom), to: formatDate(row.periodTo) }) : ''),
            },
            {
              accessor: 'generatedAt',
              title: t('statusReport.list.columns.generated'),
              render: (row) => t('statusReport.list.generatedBy', { date: formatDateTime(row.generatedAt), name: row.generatedBy }),
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            },
            { accessor: 'sentAt', title: t('statusReport.list.columns.status'), render: (row) => <ReportStatusBadge report={row} h="auto" py={4} styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'left' } }} /> },
            {
              accessor: 'id',
              title: '',
              textAlign: 'right',
              render: (row) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconFileTypePdf size={14} />}
                  onClick={() => onOpen(row.id)}
                  aria-label={t('statusReport.list.openLabel', { title: row.title, date: formatDateTime(row.generatedAt) })}
                >
                  {t('statusReport.list.open')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Paper>
  );
}
