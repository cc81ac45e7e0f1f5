// "Bevillinger": who acts and pays for the citizen's place, on what legal basis and at what
// daily rate (Danish kroner), for which period, and the case worker to call.
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../contract/areas/placements';
import { useCan } from '../../app/current-user';
import { ConfirmModal } from '../../components/confirm-modal';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { useConfirmDelete } from '../../components/use-confirm-delete';
import { formatDate } from '../../format/dates';
import { formatOre } from '../../format/money';
import { useRpcQuery } from '../../rpc/use-rpc';
import { useLegalBasisParagraphs } from '../residences/use-legal-basis-paragraphs';
import { PlacementModal } from './placement-modal';
import { TABLE_LOOK } from '../../components/table-look';

function period(placement: Placement, t: TFunction): string {
  const from = formatDate(placement.startDate);
  return placement.endDate ? t('placements.periodRange', { from, to: formatDate(placement.endDate) }) : t('placements.periodFrom', { from });
}

export function PlacementsTab({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const placements = useRpcQuery('placements.list', { citizenId });
  const citizen = useRpcQuery('citizens.get', { id: citizenId });
  const residenceId = citizen.data?.currentStay?.residenceId ?? 0;
  const residence = useRpcQuery('residences.get', { id: residenceId }, { enabled: residenceId > 0 });
  const [editing, setEditing] = useState<Placement | 'new' | null>(null);
  const deleting = useConfirmDelete<Placement>('placements.delete', () => t('placements.deleted'));
  const paragraphOf = useLegalBasisParagraphs();
  const dash = t('common.none');

  if (placements.isError) return <LoadError error={placements.error} onRetry={() => void placements.refetch()} />;

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('placements.title')}
        description={t('placements.intro')}
        action={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('placements.create')}
            </Button>
          ) : null
        }
      />
      <DataTable<Placement>
        aria-label={t('placements.tableLabel')}
        {...TABLE_LOOK}
        horizontalSpacing="xs"
        minHeight={placements.data?.length ? undefined : 140}
        fetching={placements.isPending}
        records={placements.data ?? []}
        idAccessor="id"
        noRecordsText={t('placements.empty')}
        columns={[
          {
            accessor: 'actingMunicipalityName',
            title: t('placements.columns.acting'),
            render: (row) => (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500}>
                  {row.actingMunicipalityName}
                </Text>
                {row.current ? <Badge size="xs" color="teal" variant="light">{t('placements.current')}</Badge> : null}
              </Group>
            ),
          },
          { accessor: 'payingMunicipalityName', title: t('placements.columns.paying') },
          {
            accessor: 'legalBasisLabel',
            title: t('placements.columns.legalBasis'),
            noWrap: true,
            render: (row) => (
              <Tooltip label={row.legalBasisLabel}>
                <Text span size="sm">
                  {paragraphOf.get(row.legalBasisCode) ?? row.legalBasisLabel}
                </Text>
              </Tooltip>
            ),
          },
          { accessor: 'dailyRateOre', title: t('placements.columns.rate'), textAlign: 'right', noWrap: true, render: (row) => formatOre(row.dailyRateOre) },
          { accessor: 'startDate', title: t('placements.columns.period'), noWrap: true, render: (row) => period(row, t) },
          {
            accessor: 'caseWorkerName',
            title: t('placements.columns.caseWorker'),
            width: 170,
            render: (row) =>
              row.caseWorkerName || row.caseWorkerPhone || row.caseWorkerEmail ? (
                <Stack gap={0} maw={170}>
                  {row.caseWorkerName ? <Text size="sm">{row.caseWorkerName}</Text> : null}
                  {row.caseWorkerPhone ? (
                    <Anchor href={`tel:${row.caseWorkerPhone.replace(/\s/g, '')}`} size="xs">
                      {row.caseWorkerPhone}
                    </Anchor>
                  ) : null}
                  {row.caseWorkerEmail ? (
                    <Anchor href={`mailto:${row.caseWorkerEmail}`} size="xs" truncate title={row.caseWorkerEmail}>
                      {row.caseWorkerEmail}
                    </Anchor>
                  ) : null}
                </Stack>
              ) : (
                dash
              ),
          },
          {
            accessor: 'actions',
            // Icon buttons need little room; the header is there for screen readers.
            title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
            textAlign: 'right',
            hidden: !canWrite,
            render: (row) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" onClick={() => setEditing(row)} aria-label={t('placements.editNamed', { date: formatDate(row.startDate) })}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.delete')}>
                  <ActionIcon variant="subtle" color="red" onClick={() => deleting.ask(row)} aria-label={t('placements.deleteNamed', { date: formatDate(row.startDate) })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ),
          },
        ]}
      />
      <PlacementModal
        citizenId={citizenId}
        placement={editing === 'new' ? null : editing}
        suggestedLegalBasis={residence.data?.legalBasisCode ?? null}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        {...deleting.confirmProps}
        title={t('placements.deleteTitle')}
        confirmLabel={t('placements.deleteConfirm')}
      >
        {t('placements.deleteBody', { acting: deleting.target?.actingMunicipalityName ?? '', from: formatDate(deleting.target?.startDate) })}
      </ConfirmModal>
    </Paper>
  );
}
