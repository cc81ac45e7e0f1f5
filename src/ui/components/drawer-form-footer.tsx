// The sticky bottom of a drawer form: the shared FormFooter, always in reach however long the form is.
import { Stack } from '@mantine/core';
import { FormFooter, type FormFooterProps } from './form-footer';

export function DrawerFormFooter(props: FormFooterProps) {
  return (
    <Stack gap="md" pos="sticky" bottom={0} pt="md" pb="md" mt="md" bg="var(--mantine-color-body)" style={{ zIndex: 1, borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <FormFooter {...props} />
    </Stack>
  );
}
