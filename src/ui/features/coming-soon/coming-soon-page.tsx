// Areas not built yet say so honestly, and say what will come there.
import { Badge, EmptyState, Paper } from '@mantine/core';
import { IconHourglassLow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../components/page-layout';

export type ComingSoonArea = 'reports';

export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  return (
    <PageLayout title={t(`nav.${area}`)} actions={<Badge variant="light" size="lg">{t('comingSoon.badge')}</Badge>}>
      <Paper p="xl" radius="md">
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconHourglassLow stroke={1.5} />}
          title={t('comingSoon.title')}
          description={t(`comingSoon.${area}`)}
          maw={640}
          mx="auto"
        />
      </Paper>
    </PageLayout>
  );
}
