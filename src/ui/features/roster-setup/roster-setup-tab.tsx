// A residence's roster setup (Vagtplan → Opsætning): shift types, staffing need and the basisplan,
// one section each.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RotationSection } from './rotation-section';
import { ShiftTypesSection } from './shift-types-section';
import { StaffingNeedSection } from './staffing-need-section';

export function RosterSetupTab({ residenceId }: { residenceId: number | null }) {
  const { t } = useTranslation();
  if (!residenceId) {
    return (
      <Text size="sm" c="dimmed">
        {t('rosterSetup.pickResidence')}
      </Text>
    );
  }
  return (
    <Stack gap="lg" data-residence={residenceId}>
      <ShiftTypesSection residenceId={residenceId} />
      <StaffingNeedSection residenceId={residenceId} />
      <RotationSection residenceId={residenceId} />
    </Stack>
  );
}
