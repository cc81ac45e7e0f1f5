// A citizen's right of insight: downloads their whole log as CSV (audit.exportCitizen, itself logged).
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify';
import { useRpcMutation } from '../../rpc/use-rpc';
import { downloadText } from './download-text';

export function ExportCitizenButton({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const exportLog = useRpcMutation('audit.exportCitizen', {
    onSuccess: (result) => {
      downloadText(result.fileName, result.csv, 'text/csv;charset=utf-8');
      notifySuccess(t('audit.exported', { id: citizenId, count: result.entries }));
    },
    onError: (error) => notifyError(error),
  });
  return (
    <Button variant="light" leftSection={<IconDownload size={16} />} loading={exportLog.isPending} onClick={() => exportLog.mutate({ citizenId })}>
      {t('audit.export')}
    </Button>
  );
}
