// The CPR number as the header shows it: masked, with "Vis CPR" for users who may see it; the
// full number is fetched (citizens.revealCpr) only when asked, and the page says it was logged.
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCpr } from '../../../contract/cpr';
import { useCan } from '../../app/current-user';
import { notifyError } from '../../components/notify';
import { call } from '../../rpc/client';

export function CprDisplay({ citizenId, masked }: { citizenId: number; masked: string }) {
  const { t } = useTranslation();
  const canReveal = useCan('citizens.cpr');
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reveal = async () => {
    setLoading(true);
    try {
      const result = await call('citizens.revealCpr', { id: citizenId });
      setFull(/^\d{10}$/.test(result.cpr) ? formatCpr(result.cpr) : result.cpr);
    } catch (error) {
      notifyError(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('citizens.page.cpr')}
      </Text>
      <Text size="sm" ff="monospace" fw={500} data-testid="citizen-cpr">
        {full ?? masked}
      </Text>
      {canReveal ? (
        full ? (
          <Button size="compact-xs" variant="subtle" leftSection={<IconEyeOff size={14} />} onClick={() => setFull(null)}>
            {t('citizens.page.hideCpr')}
          </Button>
        ) : (
          <Tooltip label={t('citizens.page.showCprHint')}>
            <Button size="compact-xs" variant="light" leftSection={<IconEye size={14} />} loading={loading} onClick={() => void reveal()}>
              {t('citizens.page.showCpr')}
            </Button>
          </Tooltip>
        )
      ) : null}
      {full ? (
        <Group gap={4} wrap="nowrap" role="status">
          <IconShieldLock size={14} color="var(--mantine-color-orange-6)" aria-hidden />
          <Text size="xs" c="orange.7">
            {t('citizens.page.cprShownLogged')}
          </Text>
        </Group>
      ) : null}
    </Group>
  );
}
