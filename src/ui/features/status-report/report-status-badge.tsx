// A generated report's state for lists: a draft, or sent (and so frozen) to whom and when.
import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../contract/areas/reports';
import { formatDate } from '../../format/dates';

export function ReportStatusBadge({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  if (report.sentAt === null) {
    return (
      <Badge variant="outline" color="gray" radius="sm" style={{ width: 'max-content' }}>
        {t('statusReport.list.draft')}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color="teal" radius="sm" leftSection={<IconLock size={12} />} style={{ width: 'max-content', textTransform: 'none' }}>
      {t('statusReport.list.sent', { recipient: report.recipient ?? '', date: formatDate(report.sentAt) })}
    </Badge>
  );
}
