// One residence's roster for 1 or 4 weeks: navigation, continuity, "Registrér fravær" and
// "Godkend periode" above the grid; the open-shift drawer and the assigned-shift modal below it.
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../contract/areas/roster';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { formatDate, todayIso } from '../../format/dates';
import { call } from '../../rpc/client';
import { useRpcQuery } from '../../rpc/use-rpc';
import { GenerateReportButton } from '../reports/generate-report-button';
import { AbsenceModal } from './absence-modal';
import { ApproveButton } from './approve-button';
import { AssignedShiftModal } from './assigned-shift-modal';
import { ContinuityBadge } from './continuity-badge';
import { OpenShiftDrawer } from './open-shift-drawer';
import { RosterGridTable } from './roster-grid';
import { addDays, mondayOf } from './roster-route';
import { WeekNav } from './week-nav';

interface RosterPeriodViewProps {
  residenceId: number;
  residenceName: string;
  monday: string;
  weeks: 1 | 4;
  onMonday: (monday: string) => void;
}

export function RosterPeriodView({ residenceId, residenceName, monday, weeks, onMonday }: RosterPeriodViewProps) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const grid = useRpcQuery('roster.grid', { residenceId, from: monday, weeks });
  const [openShift, setOpenShift] = useState<Shift | null>(null);
  const [assignedShift, setAssignedShift] = useState<Shift | null>(null);
  const [absenceOpened, setAbsenceOpened] = useState(false);
  const last = addDays(monday, weeks * 7 - 1);
  const today = todayIso();
  const approved = grid.data ? grid.data.locked.some((period) => period.from <= monday && period.to >= last) : false;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="md" wrap="wrap">
          <WeekNav monday={monday} weeks={weeks} onChange={onMonday} onToday={() => onMonday(mondayOf(today))} />
          {grid.data ? <ContinuityBadge weeks={grid.data.continuity} /> : null}
        </Group>
        <Group gap="sm">
          {weeks === 1 ? (
            <GenerateReportButton
              label={t('reports.roster.printWeek')}
              testId="print-week"
              generate={() => call('reports.generateWeeklyRoster', { residenceId, weekStart: monday })}
            />
          ) : null}
          {canWrite ? (
            <>
              <Button variant="default" leftSection={<IconUserOff size={16} />} onClick={() => setAbsenceOpened(true)} disabled={!grid.data}>
                {t('roster.absence.button')}
              </Button>
              <ApproveButton residenceId={residenceId} residenceName={residenceName} from={monday} to={last} approved={approved} />
            </>
          ) : null}
        </Group>
      </Group>
      {grid.data?.locked.map((period) => (
        <Group key={`${period.from}-${period.to}`} gap={6} c="dimmed">
          <IconLock size={14} />
          <Text size="sm" data-testid="locked-period">
            {t('roster.grid.lockedPeriod', { from: formatDate(period.from), to: formatDate(period.to), by: period.approvedBy })}
          </Text>
        </Group>
      ))}
      {grid.isPending ? <CenteredLoader fullPage={false} /> : null}
      {grid.error ? <LoadError error={grid.error} onRetry={() => void grid.refetch()} /> : null}
      {grid.data ? <RosterGridTable grid={grid.data} residenceName={residenceName} onOpenShift={setOpenShift} onAssignedShift={setAssignedShift} /> : null}
      <OpenShiftDrawer shift={openShift} onClose={() => setOpenShift(null)} />
      <AssignedShiftModal shift={assignedShift} onClose={() => setAssignedShift(null)} />
      <AbsenceModal
        opened={absenceOpened}
        onClose={() => setAbsenceOpened(false)}
        staff={grid.data?.staff ?? []}
        defaultDate={today >= monday && today <= last ? today : monday}
      />
    </Stack>
  );
}
