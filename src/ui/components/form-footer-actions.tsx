// The bottom of any editor: its problem, with "reload" after a version conflict, a status line on
// the left and the buttons on the right. FormFooter (modals, drawers) and inline editors use it.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormAlert } from './form-alert';

interface FormFooterActionsProps {
  problem: string | null;
  conflictTitle?: string;
  reloadLabel?: string;
  onReload?: () => void;
  status?: ReactNode;
  children?: ReactNode;
}

export function FormFooterActions({ problem, conflictTitle, reloadLabel, onReload, status, children }: FormFooterActionsProps) {
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
      <Group justify="space-between">
        <div>{status}</div>
        <Group>{children}</Group>
      </Group>
    </>
  );
}
