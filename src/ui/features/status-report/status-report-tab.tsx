// The citizen's Statusrapport tab: the free text for the report to the handlekommune, what the
// report will contain, the reports generated about the citizen, and the PDF preview.
import { Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader, LoadError } from '../../components/load-state';
import { useRpcQuery } from '../../rpc/use-rpc';
import { ReportPreview } from '../reports/report-preview';
import { CitizenReportsList } from './citizen-reports-list';
import { StatusDraftForm } from './status-draft-form';

const SECTIONS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const;

export function StatusReportTab({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const draft = useRpcQuery('reports.statusDraft', { citizenId }, { refetchOnWindowFocus: false });
  const [previewId, setPreviewId] = useState<number | null>(null);

  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {draft.isPending ? <CenteredLoader fullPage={false} /> : null}
          {draft.isError ? <LoadError error={draft.error} onRetry={() => void draft.refetch()} /> : null}
          {/* Keyed by citizen: a fresh form per citizen; the form keeps its own state after saving. */}
          {draft.isSuccess ? <StatusDraftForm key={citizenId} citizenId={citizenId} draft={draft.data} onGenerated={setPreviewId} /> : null}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper p="lg" radius="md" style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 0rem) + var(--mantine-spacing-md))' }}>
            <Title order={2} size="h4" mb={4}>
              {t('statusReport.draft.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('statusReport.draft.intro')}
            </Text>
            <Text size="sm" fw={600} mb={4}>
              {t('statusReport.draft.contentsTitle')}
            </Text>
            <List type="ordered" size="sm" spacing={4}>
              {SECTIONS.map((key) => (
                <List.Item key={key}>{t(`statusReport.draft.contents.${key}`)}</List.Item>
              ))}
            </List>
          </Paper>
        </Grid.Col>
      </Grid>
      <CitizenReportsList citizenId={citizenId} onOpen={setPreviewId} />
      <ReportPreview reportId={previewId} onClose={() => setPreviewId(null)} />
    </Stack>
  );
}
