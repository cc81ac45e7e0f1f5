// Consents that need attention across the user's citizens (consents.attention): up to 8 rows with
// the citizen (a link to their consents tab), recipient, state badge and date, or an empty state.
import { Anchor, Group, Loader, Paper, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../../contract/areas/consents';
import { routeHref } from '../../app/hash-route';
import { LoadError } from '../../components/load-state';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ConsentStateBadge } from '../consents/consent-state-badge';

const SHOWN = 8;

export function ConsentAttentionCard() {
  const { t } = useTranslation();
  const query = useRpcQuery('consents.attention', { withinDays: CONSENT_EXPIRY_WARNING_DAYS });
  const rows = query.data ?? [];

  let body;
  if (query.isError) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.isPending) body = <Loader size="sm" aria-label={t('common.loading')} />;
  else if (!rows.length)
    body = (
      <Group gap="xs" data-testid="consent-attention-empty">
        <ThemeIcon variant="light" color="teal" size="md" radius="xl" aria-hidden>
          <IconCircleCheck size={18} stroke={1.6} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          {t('dashboard.consentAttention.empty')}
        </Text>
      </Group>
    );
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6} horizontalSpacing="xs" data-testid="consent-attention">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.consentAttention.citizen')}</Table.Th>
                <Table.Th>{t('dashboard.consentAttention.recipient')}</Table.Th>
                <Table.Th>{t('dashboard.consentAttention.state')}</Table.Th>
                <Table.Th ta="right">{t('dashboard.consentAttention.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, SHOWN).map((row) => (
                <Table.Tr key={row.consentId}>
                  <Table.Td>
                    <Anchor href={routeHref('borgere', row.citizenId, 'samtykke')} size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {row.citizenName}
                    </Anchor>
                    {row.residenceName ? (
                      <Text size="xs" c="dimmed">
                        {row.residenceName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.recipientName}</Text>
                  </Table.Td>
                  <Table.Td>
                    {/* max-content: the table may not squeeze the badge into an ellipsis. */}
                    <div style={{ width: 'max-content' }}>
                      <ConsentStateBadge state={row.state} />
                    </div>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(row.date)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rows.length > SHOWN ? (
          <Text size="xs" c="dimmed" mt="xs">
            {t('dashboard.consentAttention.more', { shown: SHOWN, total: rows.length })}
          </Text>
        ) : null}
      </>
    );

  return (
    <Paper p="lg" radius="md">
      <Title order={2} size="h4">
        {t('dashboard.consentAttention.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('dashboard.consentAttention.intro', { days: CONSENT_EXPIRY_WARNING_DAYS })}
      </Text>
      {body}
    </Paper>
  );
}
