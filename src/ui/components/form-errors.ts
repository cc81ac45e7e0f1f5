// The one form-error helper: puts the server's INVALID_INPUT field messages on the matching form
// fields (nested paths like `stay.residenceId` too) and returns what belongs in the form's alert.
import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { RpcError } from '../../contract';

interface FormLike {
  setErrors: (errors: FormErrors) => void;
  getValues: () => object;
}

/** Server field names that the form holds under another name, e.g. `{ dailyRateOre: 'dailyRate' }`. */
export type FieldAliases = Readonly<Record<string, string>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The form path a server path belongs on: the path itself when the form has such a field, else
 * the list or value it points into (`subjects.0` -> `subjects`); null when the form has no field
 * for it (`stay.moveOut` without a move-out input, or a whole group), so the message is not lost.
 */
export function formPathFor(values: object, serverPath: string, aliases: FieldAliases = {}): string | null {
  const path = aliases[serverPath] ?? serverPath;
  const segments = path.split('.');
  let node: unknown = values;
  for (let index = 0; index < segments.length; index++) {
    if (!isPlainObject(node)) return segments.slice(0, index).join('.');
    if (!Object.prototype.hasOwnProperty.call(node, segments[index]!)) return null;
    node = node[segments[index]!];
  }
  return isPlainObject(node) ? null : path;
}

/** Returns a message to show above the form's buttons, or null when every problem sits on a field. */
export function applyServerErrors(form: FormLike, error: unknown, aliases: FieldAliases = {}): string | null {
  if (!(error instanceof RpcError)) return error instanceof Error ? error.message : String(error);
  if (error.code !== 'INVALID_INPUT' || error.fields.length === 0) return error.message;
  const values = form.getValues();
  const onFields: FormErrors = {};
  const elsewhere: string[] = [];
  for (const field of error.fields) {
    const target = formPathFor(values, field.path, aliases);
    if (target !== null) onFields[target] ??= field.message;
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
  aliases?: FieldAliases,
) {
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await action(values);
    } catch (error) {
      const message = applyServerErrors(form, error, aliases);
      setProblem(message ? { message, conflict: error instanceof RpcError && error.code === 'CONFLICT' } : null);
    }
  });
  return {
    submit,
    problem: problem?.message ?? null,
    /** The problem is a version conflict: offer to reload the saved data. */
    conflict: problem?.conflict ?? false,
    clearProblem: () => setProblem(null),
  };
}
