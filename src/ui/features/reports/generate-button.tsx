// The submit button of a report form; rendering can take seconds, so it says what is happening.
import { Button, Group, Loader } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form-alert';

export function GenerateButton({ loading, problem }: { loading: boolean; problem: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert message={problem} />
      <Group justify="flex-end">
        <Button type="submit" disabled={loading} leftSection={loading ? <Loader size={16} /> : <IconFileTypePdf size={18} />}>
          {loading ? t('reports.page.generating') : t('reports.page.generate')}
        </Button>
      </Group>
    </>
  );
}
