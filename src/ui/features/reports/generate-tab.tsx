// "Dan rapport": the reports made from this page, and where the statusrapport is made instead.
import { Alert, Anchor, SimpleGrid, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/hash-route';
import { MunicipalityReportForm } from './municipality-report-form';
import { OccupancyReportForm } from './occupancy-report-form';
import { VikarmappeReportForm } from './vikarmappe-report-form';

export function GenerateTab({ onGenerated }: { onGenerated: (reportId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <MunicipalityReportForm onGenerated={onGenerated} />
        <Stack gap="lg">
          <OccupancyReportForm onGenerated={onGenerated} />
          <VikarmappeReportForm onGenerated={onGenerated} />
        </Stack>
      </SimpleGrid>
      <Alert color="blue" variant="light" icon={<IconInfoCircle />} title={t('reports.page.statusInfoTitle')}>
        {t('reports.page.statusInfo')}{' '}
        <Anchor href={routeHref('borgere')} size="sm">
          {t('reports.page.toCitizens')}
        </Anchor>
      </Alert>
    </Stack>
  );
}
