// The end of every form: its problem (with "reload" after a version conflict) and the cancel and
// submit buttons. Modals place it as is; drawers wrap it in DrawerFormFooter to keep it in reach.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFooterActions } from './form-footer-actions';

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
    <FormFooterActions problem={problem} conflictTitle={conflictTitle} reloadLabel={reloadLabel} onReload={onReload}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={submitColor} loading={saving}>
        {submitLabel ?? t('common.save')}
      </Button>
    </FormFooterActions>
  );
}
