// "Tildel en anden": any staff member, checked with roster.check before assigning. Overridable
// violations need a "Begrundelse for afvigelse" (kept in the tilsynsbog); a hard rule keeps the
// button disabled with its reason. The server's refusal (CONFLICT: the rule and the figures) is
// shown in an Alert.
import { Alert, Button, Group, Loader, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../../contract/areas/roster';
import { notifySuccess } from '../../components/notify';
import { useStaffOptions } from '../lookups/use-staff-options';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { ViolationList } from './violation-list';

interface AssignOtherProps {
  shift: Shift;
  /** Used when the user may not read the staff register: the people roster.suggest named. */
  fallbackOptions: readonly { value: string; label: string }[];
  onAssigned: () => void;
}

export function AssignOther({ shift, fallbackOptions, onAssigned }: AssignOtherProps) {
  const { t } = useTranslation();
  const staffOptions = useStaffOptions();
  const [staffId, setStaffId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const check = useRpcQuery('roster.check', { shiftId: shift.id, staffId: Number(staffId) }, { enabled: staffId !== null, staleTime: 0 });
  const assign = useRpcMutation('roster.assign');
  const violations = staffId === null ? [] : (check.data ?? []);
  const hard = violations.filter((violation) => !violation.overridable);
  const needsReason = violations.length > 0 && hard.length === 0;
  const options = staffOptions.allowed ? staffOptions.options : [...fallbackOptions];

  const submit = async () => {
    setRefusal(null);
    try {
      const result = await assign.mutateAsync({ shiftId: shift.id, staffId: Number(staffId), version: shift.version, overrideReason: reason.trim() || null });
      notifySuccess(t('roster.drawer.assigned', { name: result.staffName ?? '' }));
      onAssigned();
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack gap="sm" data-testid="assign-other">
      <Select
        label={t('roster.drawer.otherStaff')}
        description={t('roster.drawer.otherHint')}
        searchable
        clearable
        data={options}
        value={staffId}
        onChange={(value) => {
          setStaffId(value);
          setRefusal(null);
        }}
      />
      {staffId !== null && check.isFetching ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('roster.drawer.checking')}
          </Text>
        </Group>
      ) : null}
      {staffId !== null && check.isSuccess && !check.isFetching ? (
        violations.length === 0 ? (
          <Text size="sm" c="teal.8">
            {t('roster.drawer.noViolations')}
          </Text>
        ) : (
          <Alert color={hard.length ? 'red' : 'orange'} variant="light" title={t('roster.drawer.violations')} icon={<IconAlertTriangle />}>
            <ViolationList violations={violations} />
          </Alert>
        )
      ) : null}
      {needsReason ? (
        <Textarea
          label={t('roster.drawer.overrideReason')}
          description={t('roster.drawer.overrideHint')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      ) : null}
      {refusal ? (
        <Alert color="red" variant="light" title={t('roster.drawer.refused')} icon={<IconAlertTriangle />} role="alert" data-testid="assign-refusal">
          {refusal}
        </Alert>
      ) : null}
      <Group justify="space-between" align="center">
        <Text size="sm" c="red.7">
          {hard.length ? t('roster.drawer.hardRule', { rule: hard.map((violation) => t(`roster.rules.${violation.rule}`)).join(', ') }) : ''}
        </Text>
        <Button onClick={() => void submit()} loading={assign.isPending} disabled={staffId === null || hard.length > 0 || check.isFetching}>
          {t('roster.drawer.assignOther')}
        </Button>
      </Group>
    </Stack>
  );
}
