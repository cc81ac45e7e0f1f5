// A form's own problem (not tied to one field), shown inside the form so nothing typed is lost.
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function FormAlert({ message, title, children }: { message: string | null; title?: string; children?: ReactNode }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={title} role="alert">
      {message}
      {children}
    </Alert>
  );
}
