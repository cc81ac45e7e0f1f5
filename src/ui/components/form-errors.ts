// The one form-error helper: puts the server's INVALID_INPUT field messages on the matching form
// fields and returns what belongs in the form's alert (other errors, or fields the form lacks).
import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { RpcError } from '../../contract';

interface FormLike {
  setErrors: (errors: FormErrors) => void;
  getValues: () => object;
}

/** Returns a message to show above the form's buttons, or null when every problem sits on a field. */
export function applyServerErrors(form: FormLike, error: unknown): string | null {
  if (!(error instanceof RpcError)) return error instanceof Error ? error.message : String(error);
  if (error.code !== 'INVALID_INPUT' || error.fields.length === 0) return error.message;
  const known = new Set(Object.keys(form.getValues()));
  const onFields: FormErrors = {};
  const elsewhere: string[] = [];
  for (const field of error.fields) {
    const top = field.path.split('.')[0] ?? '';
    if (known.has(top)) onFields[top] ??= field.message;
    else elsewhere.push(field.message);
  }
  form.setErrors(onFields);
  return elsewhere.length ? elsewhere.join('; ') : null;
}

/**
 * A form's submit handler that runs `action` with the valid values and, when the server refuses,
 * puts its messages on the fields (and the rest in `problem`), keeping everything the user typed.
 */
export function useServerSubmit<Values>(
  form: FormLike & { onSubmit: (handler: (values: Values) => Promise<void>) => (event?: React.FormEvent<HTMLFormElement>) => void },
  action: (values: Values) => Promise<void>,
) {
  const [problem, setProblem] = useState<string | null>(null);
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await action(values);
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  });
  return { submit, problem, clearProblem: () => setProblem(null) };
}
