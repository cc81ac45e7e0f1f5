// Consents that need attention across the user's citizens (consents.attention): up to 8 rows with
// the citizen (a link to their consents tab), recipient, state badge and date, or an empty state.
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../../../contract/areas/consents';
import { routeHref } from '../../app/hash-route';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';
import { DashboardListCard } from './dashboard-list-card';
import { ConsentStateBadge } from '../consents/consent-state-badge';

const SHOWN = 8;

export function ConsentAttentionCard() {
  const { t } = useTranslation();
  const query = useRpcQuery('consents.attention', { withinDays: CONSENT_EXPIRY_WARNING_DAYS });
  const rows = query.data ?? [];

  return (
    <DashboardListCard
      title={t('dashboard.consentAttention.title')}
      intro={t('dashboard.consentAttention.intro', { days: CONSENT_EXPIRY_WARNING_DAYS })}
      query={query}
      rowCount={rows.length}
      empty={{ text: t('dashboard.consentAttention.empty'), testId: 'consent-attention-empty' }}
      more={rows.length > SHOWN ? t('dashboard.consentAttention.more', { shown: SHOWN, total: rows.length }) : null}
    >
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
    </DashboardListCard>
  );
}
