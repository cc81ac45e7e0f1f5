// One citizen (`#/borgere/12/<tab>`): name, status, CPR and residence on top; tabs for stamdata
// and stays, placements, relatives with the contact log, and consent (with a warning mark when
// a consent is expiring or has expired); the pædagogisk plan and the dagbog for users who read plans;
// the statusrapport for users who generate reports.
import { Button, Tabs, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconFileCertificate, IconFileDescription, IconHeartHandshake, IconId, IconNotebook, IconTargetArrow, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { routeHref, navigate } from '../../app/hash-route';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { PageLayout } from '../../components/page-layout';
import { useRpcQuery } from '../../rpc/use-rpc';
import { consentsNeedingAttention } from '../consents/consent-attention';
import { ConsentsTab } from '../consents/consents-tab';
import { JournalTab } from '../notes/journal-tab';
import { PlacementsTab } from '../placements/placements-tab';
import { PlanTab } from '../plans/plan-tab';
import { RelativesTab } from '../relatives/relatives-tab';
import { StatusReportTab } from '../status-report/status-report-tab';
import { BasicsTab } from './basics-tab';
import { CitizenMeta } from './citizen-meta';

const TABS = [
  { path: 'stamdata', key: 'basics', icon: IconId },
  { path: 'bevillinger', key: 'placements', icon: IconFileCertificate },
  { path: 'paaroerende', key: 'relatives', icon: IconUsers },
  { path: 'samtykke', key: 'consents', icon: IconHeartHandshake },
  { path: 'plan', key: 'plan', icon: IconTargetArrow, needsPlans: true },
  { path: 'dagbog', key: 'journal', icon: IconNotebook, needsPlans: true },
  { path: 'statusrapport', key: 'statusReport', icon: IconFileDescription, needsReports: true },
] as const;

export function CitizenPage({ id, tab }: { id: number; tab: string | undefined }) {
  const { t } = useTranslation();
  const citizen = useRpcQuery('citizens.get', { id });
  const consents = useRpcQuery('consents.list', { citizenId: id }, { enabled: citizen.isSuccess });
  const canReadPlans = useCan('plans.read');
  const canGenerateReports = useCan('reports.generate');
  const tabs = TABS.filter((item) => (!('needsPlans' in item) || canReadPlans) && (!('needsReports' in item) || canGenerateReports));
  const active = tabs.find((candidate) => candidate.path === tab) ?? TABS[0];
  const attention = consentsNeedingAttention(consents.data ?? []).length > 0;
  const back = (
    <Button component="a" href={routeHref('borgere')} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
      {t('citizens.page.back')}
    </Button>
  );

  if (citizen.isPending) return <CenteredLoader fullPage={false} />;
  if (citizen.isError) {
    const missing = citizen.error.code === 'NOT_FOUND' || citizen.error.code === 'FORBIDDEN';
    return (
      <PageLayout title={t('citizens.title')} actions={back}>
        <LoadError error={missing ? new Error(t('citizens.page.notFound')) : citizen.error} onRetry={missing ? undefined : () => void citizen.refetch()} />
      </PageLayout>
    );
  }
  const current = citizen.data;

  return (
    <PageLayout title={current.name} actions={back}>
      <CitizenMeta citizen={current} />
      <Tabs value={active.path} onChange={(value) => value && navigate('borgere', id, value)} keepMounted={false}>
        <Tabs.List mb="lg">
          {tabs.map((item) => (
            <Tabs.Tab
              key={item.path}
              value={item.path}
              leftSection={<item.icon size={16} stroke={1.6} />}
              rightSection={
                item.key === 'consents' && attention ? (
                  <Tooltip label={t('citizens.page.consentAttention')}>
                    <span data-testid="consent-attention" style={{ display: 'inline-flex' }}>
                      <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-hidden />
                      <VisuallyHidden>{t('citizens.page.consentAttention')}</VisuallyHidden>
                    </span>
                  </Tooltip>
                ) : null
              }
            >
              {item.key === 'statusReport' ? t('statusReport.tab') : t(`citizens.page.tabs.${item.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="stamdata">
          <BasicsTab citizen={current} />
        </Tabs.Panel>
        <Tabs.Panel value="bevillinger">
          <PlacementsTab citizenId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="paaroerende">
          <RelativesTab citizenId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="samtykke">
          <ConsentsTab citizenId={id} />
        </Tabs.Panel>
        {canReadPlans ? (
          <>
            <Tabs.Panel value="plan">
              <PlanTab citizenId={id} />
            </Tabs.Panel>
            <Tabs.Panel value="dagbog">
              <JournalTab citizenId={id} />
            </Tabs.Panel>
          </>
        ) : null}
        {canGenerateReports ? (
          <Tabs.Panel value="statusrapport">
            <StatusReportTab citizenId={id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </PageLayout>
  );
}
