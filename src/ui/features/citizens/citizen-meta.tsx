// The lines under a citizen's name: status, CPR (masked, "Vis CPR"), birth date and current
// residence; and, while the full CPR shows, that the viewing is logged.
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contract/areas/citizens';
import { routeHref } from '../../app/hash-route';
import { formatDate } from '../../format/dates';
import { CitizenStatusBadge } from './citizen-status-badge';
import { CprDisplay, CprLoggedNotice, useCprReveal } from './cpr-display';

export function CitizenMeta({ citizen }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const stay = citizen.currentStay;
  const cpr = useCprReveal(citizen.id);
  return (
    <>
      <Group gap="lg" wrap="wrap" align="center" data-testid="citizen-meta">
        <CitizenStatusBadge status={citizen.status} size="md" />
        <CprDisplay masked={citizen.cprMasked} state={cpr} />
        <Text size="sm" c="dimmed">
          {t('citizens.page.born', { date: formatDate(citizen.birthDate) })}
        </Text>
        {stay ? (
          <Text size="sm">
            <Anchor href={routeHref('botilbud', stay.residenceId)} inherit fw={500}>
              {stay.residenceName}
            </Anchor>
            {stay.room ? ` · ${stay.room}` : ''}
            <Text span c="dimmed" inherit>
              {' · '}
              {t('citizens.page.movedInSince', { date: formatDate(stay.moveIn) })}
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('citizens.page.noStay')}
          </Text>
        )}
      </Group>
      <CprLoggedNotice state={cpr} />
    </>
  );
}
