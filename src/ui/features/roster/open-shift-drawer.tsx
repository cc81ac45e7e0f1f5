// An open shift's drawer (Vagtplan and Vikarer): the shift, roster.suggest's ranked candidates with
// "Tildel", the people who cannot take it and why, and "Tildel en anden" with the rule check.
import { Divider, Drawer, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift, Suggestion } from '../../../contract/areas/roster';
import { useCan } from '../../app/current-user';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { notifyError, notifySuccess } from '../../components/notify';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { AssignOther } from './assign-other';
import { ExcludedList } from './excluded-list';
import { ShiftSummary } from './shift-summary';
import { SuggestionList } from './suggestion-list';

interface OpenShiftDrawerProps {
  shift: Shift | null;
  onClose: () => void;
}

export function OpenShiftDrawer({ shift, onClose }: OpenShiftDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer opened={shift !== null} onClose={onClose} title={t('roster.drawer.title')} position="right" size="lg">
      {shift ? <OpenShiftBody key={shift.id} shift={shift} onClose={onClose} /> : null}
    </Drawer>
  );
}

function OpenShiftBody({ shift, onClose }: { shift: Shift; onClose: () => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const suggest = useRpcQuery('roster.suggest', { shiftId: shift.id, limit: 10 }, { staleTime: 0 });
  const assign = useRpcMutation('roster.assign');
  const [assigningId, setAssigningId] = useState<number | null>(null);

  const take = async (candidate: Suggestion) => {
    setAssigningId(candidate.staffId);
    try {
      await assign.mutateAsync({ shiftId: shift.id, staffId: candidate.staffId, version: shift.version, overrideReason: null });
      notifySuccess(t('roster.drawer.assigned', { name: candidate.name }));
      onClose();
    } catch (error) {
      notifyError(error, t('roster.drawer.refused'));
    } finally {
      setAssigningId(null);
    }
  };

  const people = [...(suggest.data?.candidates ?? []), ...(suggest.data?.excluded ?? [])].map((person) => ({ value: String(person.staffId), label: person.name }));

  return (
    <Stack gap="lg">
      <ShiftSummary shift={shift} />
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5">
            {t('roster.drawer.candidates')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('roster.drawer.candidatesHint')}
          </Text>
        </div>
        {suggest.isPending ? <CenteredLoader fullPage={false} /> : null}
        {suggest.error ? <LoadError error={suggest.error} onRetry={() => void suggest.refetch()} /> : null}
        {suggest.data ? (
          <>
            <SuggestionList candidates={suggest.data.candidates} canWrite={canWrite} assigningId={assigningId} onAssign={(candidate) => void take(candidate)} />
            <ExcludedList excluded={suggest.data.excluded} />
          </>
        ) : null}
      </Stack>
      {canWrite ? (
        <>
          <Divider />
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('roster.drawer.other')}
            </Title>
            <AssignOther shift={shift} fallbackOptions={people} onAssigned={onClose} />
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
