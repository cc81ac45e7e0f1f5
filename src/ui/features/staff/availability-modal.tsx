// A substitute's availability (staff.availability) month by month; with roster.write the planner
// selects days and marks them Kan / Kan ikke / Ønsker vagt for the whole day or one kind of shift
// (staff.setAvailability), or removes the mark.
import { Badge, Box, Button, Divider, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../contract/areas/staff';
import { AVAILABILITIES, SHIFT_KINDS, type Availability, type ShiftKind } from '../../../contract/roster-terms';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/form-alert';
import { LoadError } from '../../components/load-state';
import { notifySuccess } from '../../components/notify';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { AVAILABILITY_COLORS, AvailabilityCalendar } from './availability-calendar';

export function AvailabilityModal({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? t('rosterSetup.availability.title', { name: member.name }) : ''} size="auto">
      {member ? <AvailabilityEditor member={member} /> : null}
    </Modal>
  );
}

type Scope = 'hele' | ShiftKind;

function AvailabilityEditor({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  const canWrite = useCan('roster.write');
  const [month, setMonth] = useState(() => dayjs().startOf('month').format('YYYY-MM-DD'));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [scope, setScope] = useState<Scope>('hele');
  const from = month;
  const to = dayjs(month).endOf('month').format('YYYY-MM-DD');
  const list = useRpcQuery('staff.availability', { staffId: member.id, from, to });
  const setAvailability = useRpcMutation('staff.setAvailability');

  const toggle = (date: string) => {
    if (!canWrite) return;
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(date)) next.delete(date);
      else next.add(date);
      return next;
    });
  };

  const apply = async (availability: Availability | null) => {
    const dates = [...selected].sort();
    await setAvailability.mutateAsync({ staffId: member.id, dates, shiftKind: scope === 'hele' ? null : scope, availability });
    notifySuccess(t(availability ? 'rosterSetup.availability.saved' : 'rosterSetup.availability.removed', { count: dates.length }));
    setSelected(new Set());
  };

  return (
    <Group align="flex-start" gap="xl" wrap="wrap">
      <Stack gap="xs">
        {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <AvailabilityCalendar month={month} onMonthChange={setMonth} entries={list.data ?? []} selected={selected} onToggle={toggle} />
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {t('rosterSetup.availability.legend')}:
          </Text>
          {AVAILABILITIES.map((availability) => (
            <Group key={availability} gap={6}>
              <Box w={10} h={10} style={{ borderRadius: 5, background: `var(--mantine-color-${AVAILABILITY_COLORS[availability]}-6)` }} />
              <Text size="xs">{t(`rosterSetup.availabilities.${availability}`)}</Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed">
            {t('rosterSetup.availability.legendShape')}
          </Text>
        </Group>
      </Stack>
      {canWrite ? (
        <Stack gap="md" w={300}>
          <Text size="sm" c="dimmed">
            {t('rosterSetup.availability.intro')}
          </Text>
          <Group justify="space-between">
            <Badge variant="light" size="lg" tt="none">
              {selected.size ? t('rosterSetup.availability.selected', { count: selected.size }) : t('rosterSetup.availability.noneSelected')}
            </Badge>
            {selected.size ? (
              <Button size="compact-sm" variant="subtle" onClick={() => setSelected(new Set())}>
                {t('rosterSetup.availability.clearSelection')}
              </Button>
            ) : null}
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('rosterSetup.availability.scope')}
            </Text>
            <SegmentedControl
              fullWidth
              value={scope}
              onChange={(value) => setScope(value as Scope)}
              data={[{ value: 'hele', label: t('rosterSetup.availability.wholeDay') }, ...SHIFT_KINDS.map((kind) => ({ value: kind, label: t(`rosterSetup.shiftKindsShort.${kind}`) }))]}
            />
          </Stack>
          <Divider label={t('rosterSetup.availability.mark')} labelPosition="left" />
          <SimpleGrid cols={1} spacing="xs">
            {AVAILABILITIES.map((availability) => (
              <Button key={availability} color={AVAILABILITY_COLORS[availability]} variant="light" disabled={!selected.size} loading={setAvailability.isPending && setAvailability.variables?.availability === availability} onClick={() => void apply(availability).catch(() => undefined)}>
                {t(`rosterSetup.availabilities.${availability}`)}
              </Button>
            ))}
            <Button variant="default" disabled={!selected.size} onClick={() => void apply(null).catch(() => undefined)}>
              {t('rosterSetup.availability.remove')}
            </Button>
          </SimpleGrid>
          <FormAlert message={setAvailability.error?.message ?? null} />
        </Stack>
      ) : null}
    </Group>
  );
}
