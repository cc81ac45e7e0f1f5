// The contact log with the citizen's relatives, newest first, and "Registrér kontakt" for users
// who may write notes.
import { Button, Paper, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactLogEntry, Relative } from '../../../contract/areas/relatives';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { SectionHeader } from '../../components/section-header';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ContactLogModal } from './contact-log-modal';
import { TABLE_LOOK } from '../../components/table-look';

export function ContactLogSection({ citizenId, relatives }: { citizenId: number; relatives: readonly Relative[] }) {
  const { t } = useTranslation();
  const canLog = useCan('notes.write');
  const log = useRpcQuery('relatives.contactLog', { citizenId });
  const [opened, setOpened] = useState(false);
  const dash = t('common.none');

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('contactLog.title')}
        description={t('contactLog.intro')}
        action={
          canLog ? (
            <Button variant="light" leftSection={<IconMessagePlus size={16} />} onClick={() => setOpened(true)}>
              {t('contactLog.create')}
            </Button>
          ) : null
        }
      />
      {log.isError ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <DataTable<ContactLogEntry>
          aria-label={t('contactLog.tableLabel')}
          {...TABLE_LOOK}
          minHeight={log.data?.length ? undefined : 120}
          fetching={log.isPending}
          records={log.data ?? []}
          idAccessor="id"
          noRecordsText={t('contactLog.empty')}
          columns={[
            { accessor: 'date', title: t('contactLog.columns.date'), noWrap: true, render: (row) => formatDate(row.date) },
            { accessor: 'form', title: t('contactLog.columns.form'), noWrap: true, render: (row) => t(`relatives.contactForms.${row.form}`) },
            { accessor: 'relativeName', title: t('contactLog.columns.relative'), render: (row) => row.relativeName ?? dash },
            { accessor: 'summary', title: t('contactLog.columns.summary'), render: (row) => <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{row.summary}</Text> },
            { accessor: 'staffName', title: t('contactLog.columns.staff') },
          ]}
        />
      )}
      <ContactLogModal citizenId={citizenId} relatives={relatives} opened={opened} onClose={() => setOpened(false)} />
    </Paper>
  );
}
