// The PDF's SHA-256: the first 12 characters shown, the whole hash on hover, click copies it.
import { Badge, Tooltip } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconFingerprint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';

export function ReportShaBadge({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  const clipboard = useClipboard();
  return (
    <Tooltip label={t('reports.preview.shaHint', { sha: sha256 })} multiline maw={360} style={{ wordBreak: 'break-all' }}>
      <Badge
        component="button"
        type="button"
        variant="outline"
        color="gray"
        tt="none"
        leftSection={<IconFingerprint size={14} />}
        data-testid="report-sha"
        data-sha={sha256}
        style={{ cursor: 'copy', fontFamily: 'var(--mantine-font-family-monospace)' }}
        onClick={() => {
          clipboard.copy(sha256);
          notifySuccess(t('reports.preview.shaCopied'));
        }}
      >
        {t('reports.preview.sha')} {sha256.slice(0, 12)}
      </Badge>
    </Tooltip>
  );
}
