// The end of every form: its problem (with "reload" after a version conflict) and the cancel and
// submit buttons. Modals place it as is; drawers wrap it in DrawerFormFooter to keep it in reach.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './form-alert';

export interface FormFooterProps {
  problem: string | null;
  conflictTitle?: string;
  reloadLabel?: string;
  onReload?: () => void;
  saving: boolean;
  submitLabel?: string;
  submitColor?: string;
  onCancel: () => void;
}

export function FormFooter({ problem, conflictTitle, reloadLabel, onReload, saving, submitLabel, submitColor, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert message={problem} title={conflictTitle}>
        {onReload && reloadLabel ? (
          <Group mt="sm">
            <Button size="xs" variant="white" color="red" onClick={onReload}>
              {reloadLabel}
            </Button>
          </Group>
        ) : null}
      </FormAlert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" color={submitColor} loading={saving}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
