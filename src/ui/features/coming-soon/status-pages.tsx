// The two pages nobody aims for: an unknown address, and a page the user's role does not allow.
import { Button, EmptyState, Paper } from '@mantine/core';
import { IconLock, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/hash-route';

function StatusPage({ icon, title, description }: { icon: React.ReactNode; title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <Paper p="xl" radius="md" maw={720} mx="auto" mt="xl">
      <EmptyState icon={icon} title={title} description={description}>
        <EmptyState.Actions>
          <Button component="a" href={routeHref('oversigt')} variant="light">
            {t('common.toDashboard')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage icon={<IconMapQuestion stroke={1.5} />} title={t('status.notFoundTitle')} description={t('status.notFound')} />;
}

export function NoAccessPage() {
  const { t } = useTranslation();
  return <StatusPage icon={<IconLock stroke={1.5} />} title={t('status.noAccessTitle')} description={t('status.noAccess')} />;
}
