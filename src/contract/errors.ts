// The error vocabulary every host returns: a code the program can act on and a Danish message
// a person can read. Kept in the contract so the renderer and the core agree on it.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `path` is dotted (`address.zip`), `message` names the field in Danish. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

export type ResultEnvelope<T> = { ok: true; result: T } | { ok: false; error: ErrorBody };

/** What a transport sends: the method, its input, and the session token from login. */
export interface CallRequest {
  method: string;
  input: unknown;
  token?: string | null;
}

/** Thrown by the renderer's client (and by in-process callers that want exceptions) for an error envelope. */
export class RpcError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'RpcError';
    this.code = body.code;
    this.fields = body.fields ?? [];
  }
}
