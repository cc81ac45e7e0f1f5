// Wraps a schema validator with the "type the password twice" check every password form needs.
import type { FormErrors } from '@mantine/form';

export function withRepeatCheck<V extends object>(
  validate: (values: V) => FormErrors,
  passwordKey: keyof V & string,
  repeatKey: keyof V & string,
  mismatchMessage: () => string,
): (values: V) => FormErrors {
  return (values) => {
    const errors = { ...validate(values) };
    if (values[repeatKey] !== values[passwordKey]) errors[repeatKey] = mismatchMessage();
    return errors;
  };
}
