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

export interface CprReveal {
  full: string | null;
  loading: boolean;
  reveal: () => Promise<void>;
  hide: () => void;
}

export function useCprReveal(citizenId: number): CprReveal {
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
  return { full, loading, reveal, hide: () => setFull(null) };
}

export function CprDisplay({ masked, state }: { masked: string; state: CprReveal }) {
  const { t } = useTranslation();
  const canReveal = useCan('citizens.cpr');
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {t('citizens.page.cpr')}
      </Text>
      <Text size="sm" ff="monospace" fw={500} data-testid="citizen-cpr">
        {state.full ?? masked}
      </Text>
      {canReveal ? (
        state.full ? (
          <Button size="compact-xs" variant="subtle" leftSection={<IconEyeOff size={14} />} onClick={state.hide}>
            {t('citizens.page.hideCpr')}
          </Button>
        ) : (
          <Tooltip label={t('citizens.page.showCprHint')}>
            <Button size="compact-xs" variant="light" leftSection={<IconEye size={14} />} loading={state.loading} onClick={() => void state.reveal()}>
              {t('citizens.page.showCpr')}
            </Button>
          </Tooltip>
        )
      ) : null}
    </Group>
  );
}

/** Under the header while the full number shows: that this viewing is in the log. */
export function CprLoggedNotice({ state }: { state: CprReveal }) {
  const { t } = useTranslation();
  if (!state.full) return null;
  return (
    <Group gap={6} wrap="nowrap" role="status" mt={-8}>
      <IconShieldLock size={16} color="var(--mantine-color-orange-6)" aria-hidden />
      <Text size="xs" c="orange.8">
        {t('citizens.page.cprShownLogged')}
      </Text>
    </Group>
  );
}
