// "Rapportarkiv": generated and sent reports, newest first, filtered by type, municipality, residence
// and "Kun sendte"; a row opens the stored file (a sent one is the frozen copy, never a re-render).
import { Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportSummary } from '../../../contract/areas/reports';
import { LoadError } from '../../components/load-state';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { useMunicipalityOptions } from '../lookups/use-municipality-options';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { reportKindLabel, reportKindOptions } from './report-kind-label';
import { ReportStatusBadge } from './report-status-badge';

interface ArchiveFilter {
  kind: ReportKind | null;
  municipalityCode: string | null;
  residenceId: number | null;
  sentOnly: boolean;
}

export function ReportArchiveTab({ onOpen }: { onOpen: (reportId: number) => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ArchiveFilter>({ kind: null, municipalityCode: null, residenceId: null, sentOnly: false });
  const reports = useRpcQuery('reports.list', { citizenId: null, ...filter });
  const municipalities = useMunicipalityOptions();
  const residences = useResidenceOptions();
  const dash = t('common.none');

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('reports.archive.kind')}
          placeholder={t('reports.archive.allKinds')}
          clearable
          data={reportKindOptions(t)}
          value={filter.kind}
          onChange={(kind) => setFilter({ ...filter, kind: kind as ReportKind | null })}
          w={200}
        />
        <Select
          label={t('reports.archive.municipality')}
          placeholder={t('reports.archive.allMunicipalities')}
          clearable
          searchable
          data={municipalities.options}
          value={filter.municipalityCode}
          onChange={(municipalityCode) => setFilter({ ...filter, municipalityCode })}
          nothingFoundMessage={t('common.nothingFound')}
          w={220}
        />
        <Select
          label={t('reports.archive.residence')}
          placeholder={t('reports.archive.allResidences')}
          clearable
          searchable
          data={residences.options}
          value={filter.residenceId === null ? null : String(filter.residenceId)}
          onChange={(id) => setFilter({ ...filter, residenceId: id ? Number(id) : null })}
          nothingFoundMessage={t('common.nothingFound')}
          w={240}
        />
        <Checkbox label={t('reports.archive.sentOnly')} checked={filter.sentOnly} onChange={(event) => setFilter({ ...filter, sentOnly: event.currentTarget.checked })} mb={8} />
      </Group>
      {reports.error ? <LoadError error={reports.error} onRetry={() => void reports.refetch()} /> : null}
      <DataTable<ReportSummary>
        aria-label={t('reports.page.archiveTab')}
        {...TABLE_LOOK}
        highlightOnHover
        minHeight={reports.data?.length ? undefined : 220}
        fetching={reports.isFetching}
        records={reports.data ?? []}
        idAccessor="id"
        noRecordsText={t('reports.archive.empty')}
        onRowClick={({ record }) => onOpen(record.id)}
        customRowAttributes={(row) => ({ 'data-testid': `report-row-${row.id}` })}
        columns={[
          {
            accessor: 'title',
            title: t('reports.archive.title'),
            render: (row) => (
              <div>
                <Text size="sm" fw={500}>{row.title}</Text>
                <Text size="xs" c="dimmed">{reportKindLabel(t, row.kind)}</Text>
              </div>
            ),
          },
          { accessor: 'subject', title: t('reports.archive.subject') },
          {
            accessor: 'periodFrom',
            title: t('reports.archive.period'),
            noWrap: true,
            render: (row) => (row.periodFrom && row.periodTo ? `${formatDate(row.periodFrom)} – ${formatDate(row.periodTo)}` : dash),
          },
          {
            accessor: 'generatedAt',
            title: t('reports.archive.generated'),
            render: (row) => (
              <div>
                <Text size="sm">{formatDate(row.generatedAt)}</Text>
                <Text size="xs" c="dimmed">{row.generatedBy}</Text>
              </div>
            ),
          },
          {
            accessor: 'sentAt',
            title: t('reports.archive.status'),
            render: (row) => (
              <div>
                <ReportStatusBadge report={row} short />
                {row.recipient ? <Text size="xs" c="dimmed" mt={2}>{row.recipient}</Text> : null}
              </div>
            ),
          },
          { accessor: 'pageCount', title: t('reports.archive.pages'), textAlign: 'right' },
        ]}
      />
    </Stack>
  );
}
