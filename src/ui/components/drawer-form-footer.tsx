// The sticky bottom of a drawer form: its problem (with "reload" after a version conflict) and
// the cancel and save buttons, always in reach however long the form is.
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './form-alert';

interface DrawerFormFooterProps {
  problem: string | null;
  conflictTitle?: string;
  reloadLabel?: string;
  onReload?: () => void;
  saving: boolean;
  submitLabel?: string;
  onCancel: () => void;
}

export function DrawerFormFooter({ problem, conflictTitle, reloadLabel, onReload, saving, submitLabel, onCancel }: DrawerFormFooterProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" pos="sticky" bottom={0} pt="md" pb="md" mt="md" bg="var(--mantine-color-body)" style={{ zIndex: 1, borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <FormAlert message={problem} title={conflictTitle}>
        {onReload && reloadLabel ? (
          <Group mt="sm">
            <Button size="xs" variant="white" color="red" onClick={onReload}>
              {reloadLabel}
            </Button>
          </Group>
        ) : null}
      </FormAlert>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
