// The municipality's § 141 handleplan as the plan's first card: its purpose, date and who sent it;
// "Ret handleplan" for users who may write.
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Handleplan } from '../../../contract/areas/plans';
import { SectionHeader } from '../../components/section-header';
import { formatDate } from '../../format/dates';

export function HandleplanCard({ handleplan, canWrite, onEdit }: { handleplan: Handleplan; canWrite: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const registered = Boolean(handleplan.purpose);
  return (
    <Paper p="lg" radius="md" component="section" aria-label={t('plan.handleplan.title')} data-testid="handleplan">
      <SectionHeader
        title={t('plan.handleplan.title')}
        description={registered ? undefined : t('plan.handleplan.intro')}
        action={
          canWrite ? (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
              {registered ? t('plan.handleplan.edit') : t('plan.handleplan.register')}
            </Button>
          ) : null
        }
      />
      {registered ? (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} maw={900} data-testid="handleplan-purpose">
            {handleplan.purpose}
          </Text>
          <Group gap="lg" mt="xs">
            {handleplan.date ? (
              <Text size="xs" c="dimmed">
                {t('plan.handleplan.dated', { date: formatDate(handleplan.date) })}
              </Text>
            ) : null}
            {handleplan.receivedFrom ? (
              <Text size="xs" c="dimmed">
                {t('plan.handleplan.from', { from: handleplan.receivedFrom })}
              </Text>
            ) : null}
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('plan.handleplan.empty')}
        </Text>
      )}
    </Paper>
  );
}
