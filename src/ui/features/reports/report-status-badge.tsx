// "Kladde" or "Sendt dd-mm-åååå kl. tt:mm af X til Y": the one way a report's status is shown.
import { Badge, type BadgeProps } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../contract/areas/reports';
import { formatDate } from '../../format/dates';

export function ReportStatusBadge({ report, short = false, ...props }: { report: ReportSummary; short?: boolean } & BadgeProps) {
  const { t } = useTranslation();
  if (!report.sentAt) {
    return (
      <Badge color="gray" variant="light" {...props}>
        {t('reports.preview.draft')}
      </Badge>
    );
  }
  const label = short
    ? t('reports.archive.sentBadge', { date: formatDate(report.sentAt) })
    : t('reports.preview.sent', {
        date: formatDate(report.sentAt),
        time: dayjs(report.sentAt).format('HH:mm'),
        by: report.sentBy ?? '',
        recipient: report.recipient ?? '',
      });
  return (
    <Badge color="teal" variant="light" tt="none" {...props}>
      {label}
    </Badge>
  );
}
