// "Stamdata og ophold": the citizen's own details (with "Ret stamdata"), the stays history, and the
// staff the citizen must not have.
import { Button, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contract/areas/citizens';
import { useCan } from '../../app/current-user';
import { formatDate, formatDateTime } from '../../format/dates';
import { CitizenEditDrawer } from './citizen-edit-drawer';
import { ExcludedStaffSection } from './excluded-staff-section';
import { StaysSection } from './stays-section';

function Item({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children || <Text span c="dimmed" size="sm">{t('citizens.basics.none')}</Text>}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function BasicsTab({ citizen }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const [editing, edit] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <Paper p="lg" radius="md">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h4">
            {t('citizens.basics.title')}
          </Title>
          {canWrite ? (
            <Button variant="light" leftSection={<IconPencil size={16} />} onClick={edit.open}>
              {t('citizens.basics.edit')}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <DataList labelWidth={170}>
            <Item label={t('citizens.form.firstName')}>{citizen.firstName}</Item>
            <Item label={t('citizens.form.lastName')}>{citizen.lastName}</Item>
            <Item label={t('citizens.form.cpr')}>
              <Text span ff="monospace" size="sm">
                {citizen.cprMasked}
              </Text>
            </Item>
            <Item label={t('citizens.basics.birthDate')}>{formatDate(citizen.birthDate)}</Item>
            <Item label={t('citizens.form.contactStaffId')}>{citizen.contactStaffName}</Item>
            <Item label={t('citizens.form.secondContactStaffId')}>{citizen.secondContactStaffName}</Item>
          </DataList>
          <DataList labelWidth={170}>
            <Item label={t('citizens.form.communicationNeeds')}>
              {citizen.communicationNeeds ? <Text span size="sm" style={{ whiteSpace: 'pre-line' }}>{citizen.communicationNeeds}</Text> : null}
            </Item>
            <Item label={t('citizens.form.guardianName')}>{citizen.guardianName}</Item>
            <Item label={t('citizens.form.guardianPhone')}>{citizen.guardianPhone}</Item>
            <Item label={t('citizens.form.guardianEmail')}>{citizen.guardianEmail}</Item>
          </DataList>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="md">
          {t('citizens.basics.updatedAt', { date: formatDateTime(citizen.updatedAt) })}
        </Text>
      </Paper>
      <StaysSection citizen={citizen} />
      <ExcludedStaffSection citizenId={citizen.id} />
      {canWrite ? <CitizenEditDrawer citizen={citizen} opened={editing} onClose={edit.close} /> : null}
    </Stack>
  );
}
