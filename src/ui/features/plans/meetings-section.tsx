// "Møder": the follow-up and status meetings held with the citizen, newest first, and "Registrér
// møde" for users who may write (a meeting resets the first-follow-up and yearly deadlines).
import { Button, Paper, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { PlanMeeting } from '../../../contract/areas/plans';
import { SectionHeader } from '../../components/section-header';
import { TABLE_LOOK } from '../../components/table-look';
import { formatDate } from '../../format/dates';

export function MeetingsSection({ meetings, canWrite, onCreate }: { meetings: PlanMeeting[]; canWrite: boolean; onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper p="lg" radius="md" component="section" aria-label={t('plan.meetings.title')}>
      <SectionHeader
        title={t('plan.meetings.title')}
        description={t('plan.meetings.intro')}
        mb="md"
        action={
          canWrite ? (
            <Button variant="default" leftSection={<IconCalendarPlus size={16} />} onClick={onCreate}>
              {t('plan.meetings.create')}
            </Button>
          ) : null
        }
      />
      <DataTable<PlanMeeting>
        aria-label={t('plan.meetings.tableLabel')}
        {...TABLE_LOOK}
        minHeight={meetings.length ? undefined : 120}
        records={meetings}
        idAccessor="id"
        noRecordsText={t('plan.meetings.empty')}
        columns={[
          { accessor: 'date', title: t('plan.meetings.date'), width: 120, render: (row) => formatDate(row.date) },
          { accessor: 'kind', title: t('plan.meetings.kind'), width: 170, render: (row) => t(`plan.meetingKinds.${row.kind}`) },
          { accessor: 'decision', title: t('plan.meetings.decision'), render: (row) => (row.decision ? t(`plan.decisions.${row.decision}`) : <Text span c="dimmed" size="sm">{t('common.none')}</Text>) },
          {
            accessor: 'note',
            title: t('plan.meetings.note'),
            render: (row) => (
              <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                {row.note ?? ''}
              </Text>
            ),
          },
          { accessor: 'recordedBy', title: t('plan.meetings.recordedBy'), width: 170 },
        ]}
      />
    </Paper>
  );
}
