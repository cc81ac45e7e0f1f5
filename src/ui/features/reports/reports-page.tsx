// Rapporter (`#/rapporter/<dan|arkiv>`): generate the municipality, occupancy and vikarmappe reports,
// and the archive of generated and sent reports; every report opens in the preview.
import { Tabs } from '@mantine/core';
import { IconArchive, IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/hash-route';
import { PageLayout } from '../../components/page-layout';
import { GenerateTab } from './generate-tab';
import { ReportArchiveTab } from './report-archive-tab';
import { ReportPreview } from './report-preview';

const TABS = [
  { path: 'dan', label: 'reports.page.generateTab', icon: IconFilePlus },
  { path: 'arkiv', label: 'reports.page.archiveTab', icon: IconArchive },
] as const;

export function ReportsPage({ route }: { route: string[] }) {
  const { t } = useTranslation();
  const [previewId, setPreviewId] = useState<number | null>(null);
  const active = TABS.find((tab) => tab.path === route[0]) ?? TABS[0];
  return (
    <PageLayout title={t('reports.title')} description={t('reports.description')}>
      <Tabs value={active.path} onChange={(value) => value && navigate('rapporter', value)} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path} leftSection={<tab.icon size={16} stroke={1.6} />}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="dan">
          <GenerateTab onGenerated={setPreviewId} />
        </Tabs.Panel>
        <Tabs.Panel value="arkiv">
          <ReportArchiveTab onOpen={setPreviewId} />
        </Tabs.Panel>
      </Tabs>
      <ReportPreview reportId={previewId} onClose={() => setPreviewId(null)} />
    </PageLayout>
  );
}
