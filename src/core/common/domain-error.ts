// The one error type the core throws on purpose: a contract error code and a Danish message.
import type { ErrorCode, FieldError } from '../../contract/errors';

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  constructor(code: ErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} findes ikke.`);
}

/** An input rule the schema cannot see (it needs the database): INVALID_INPUT naming the field. */
export function invalidField(path: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, [{ path, message }]);
}
