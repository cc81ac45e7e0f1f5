// Hændelser on the dagbog tab: magtanvendelser, utilsigtede hændelser and hospital stays, newest
// first, with whether each is reported; register one and mark one reported (notes.write).
import { Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconSend } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../contract/areas/notes';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { IncidentModal } from './incident-modal';
import { MarkReportedModal } from './mark-reported-modal';
import { useIncidentLabels } from './use-incident-labels';

const KIND_COLORS = { magtanvendelse: 'red', 'utilsigtet-haendelse': 'orange', indlaeggelse: 'blue' } as const;

export function IncidentsSection({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('notes.write');
  const labels = useIncidentLabels();
  const incidents = useRpcQuery('incidents.list', { citizenId });
  const [creating, setCreating] = useState(false);
  const [marking, setMarking] = useState<Incident | null>(null);

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('notes.incidents.title')}
        description={t('notes.incidents.intro')}
        action={
          canWrite ? (
            <Button variant="light" leftSection={<IconAlertOctagon size={16} />} onClick={() => setCreating(true)}>
              {t('notes.incidents.create')}
            </Button>
          ) : null
        }
      />
      {incidents.isError ? (
        <LoadError error={incidents.error} onRetry={() => void incidents.refetch()} />
      ) : (
        <DataTable<Incident>
          aria-label={t('notes.incidents.tableLabel')}
          {...TABLE_LOOK}
          minHeight={incidents.data?.length ? undefined : 120}
          fetching={incidents.isPending}
          records={incidents.data ?? []}
          idAccessor="id"
          noRecordsText={t('notes.incidents.empty')}
          columns={[
            {
              accessor: 'kind',
              title: t('notes.incidents.columns.kind'),
              render: (row) => (
                <Stack gap={2}>
                  <Badge variant="light" color={KIND_COLORS[row.kind]} radius="sm" style={{ width: 'max-content' }}>
                    {labels.kindLabel(row.kind)}
                  </Badge>
                  {row.type ? <Text size="sm">{labels.typeLabel(row.kind, row.type)}</Text> : null}
                </Stack>
              ),
            },
            { accessor: 'date', title: t('notes.incidents.columns.when'), noWrap: true, render: (row) => `${formatDate(row.date)}${row.time ? ` ${row.time}` : ''}` },
            { accessor: 'description', title: t('notes.incidents.columns.description'), render: (row) => <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{row.description}</Text> },
            { accessor: 'recordedBy', title: t('notes.incidents.columns.recordedBy'), visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})` },
            {
              accessor: 'reported',
              title: t('notes.incidents.columns.reported'),
              render: (row) =>
                row.reported ? (
                  <Badge variant="light" color="teal" radius="sm" style={{ width: 'max-content' }}>
                    {t('notes.incidents.reported', { date: formatDate(row.reportedDate) })}
                  </Badge>
                ) : (
                  <Stack gap={4} align="flex-start">
                    <Badge variant="outline" color="gray" radius="sm" style={{ width: 'max-content' }}>
                      {t('notes.incidents.notReported')}
                    </Badge>
                    {canWrite ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconSend size={12} />}
                        onClick={() => setMarking(row)}
                        aria-label={t('notes.incidents.markReportedLabel', { date: formatDate(row.date) })}
                      >
                        {t('notes.incidents.markReported')}
                      </Button>
                    ) : null}
                  </Stack>
                ),
            },
          ]}
        />
      )}
      <IncidentModal citizenId={citizenId} opened={creating} onClose={() => setCreating(false)} />
      <MarkReportedModal incident={marking} onClose={() => setMarking(null)} />
    </Paper>
  );
}
