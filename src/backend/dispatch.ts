// The only door into the core: authenticate, authorize, validate, run in a transaction (with the
// audit entry a citizen-data method must leave), validate the output, and answer with an envelope.
import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../contract';
import type { CallRequest, ErrorBody, FieldError, ResultEnvelope } from '../contract/errors';
import type { Actor } from '../core/common/actor';
import { DomainError } from '../core/common/domain-error';
import type { Services } from '../core/services';
import type { CallContext, Handler, Router, Staged } from './router';

export interface ChangeEvent {
  type: 'changed';
  method: MethodName;
}

export type Dispatch = ((request: CallRequest) => Promise<ResultEnvelope<unknown>>) & {
  /** For the administration CLI: runs a method as a named user without a session, with the same checks and audit. */
  asActor(actor: Actor, method: string, input: unknown): Promise<ResultEnvelope<unknown>>;
};

const ANONYMOUS: Actor = { userId: 0, username: '(ikke logget ind)', role: 'medarbejder', permissions: new Set(), residenceIds: [] };

const INTERNAL_MESSAGE = 'Der opstod en uventet fejl. Prøv igen, og kontakt support, hvis fejlen bliver ved.';

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function invalidInputBody(fields: FieldError[]): ErrorBody {
  const message = fields.length === 1 ? fields[0]!.message : `Ret venligst ${fields.length} felter: ${fields.map((f) => f.message).join('; ')}`;
  return { code: 'INVALID_INPUT', message, fields };
}

export interface DispatchOptions {
  /** Called for every failure that is not the caller's fault; hosts log it. */
  onInternalError?: (method: string, error: unknown) => void;
  /** Called after each successful write, so hosts can tell open windows to refresh. */
  onChange?: (event: ChangeEvent) => void;
}

export function createDispatch(services: Services, router: Router, options: DispatchOptions = {}): Dispatch {
  const onInternalError = options.onInternalError ?? ((method, error) => console.error(`[kerne] ${method}:`, error));
  // Citizen data must be audited in dispatch's transaction; an own-transaction handler would escape that check.
  for (const name of Object.keys(contract) as MethodName[]) {
    const entry = router[name];
    if (contract[name].citizenData && typeof entry === 'object' && 'ownTransaction' in entry) {
      throw new Error(`${name} touches citizen data and must run in dispatch's transaction, not ownTransaction`);
    }
  }

  /** Resolves the actor a request acts as; `actorOverride` serves the CLI, which has no session. */
  function authenticate(access: string, token: string | null | undefined): Actor {
    if (access === 'public') return ANONYMOUS;
    return services.auth.actorForToken(token);
  }

  async function run(request: CallRequest, actorOverride?: Actor): Promise<ResultEnvelope<unknown>> {
    const name = request.method;
    try {
      if (typeof name !== 'string' || !isMethodName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Ukendt funktion: ${String(name)}` } };
      }
      const spec = contract[name];
      const actor = actorOverride ?? authenticate(spec.access, request.token);
      if (spec.access !== 'public' && spec.access !== 'signedIn' && !actor.permissions.has(spec.access)) {
        throw new DomainError('FORBIDDEN', 'Du har ikke adgang til denne funktion med din rolle.');
      }
      const parsed = spec.input.safeParse(request.input ?? undefined);
      if (!parsed.success) return { ok: false, error: invalidInputBody(fieldErrors(parsed.error)) };

      const ctx: CallContext = { actor, token: request.token ?? null };
      const entry = router[name];
      /** Runs `handler` in one transaction; a citizen-data method must leave its audit entry there. */
      const inTransaction = (handler: (input: never, ctx: CallContext) => unknown): unknown =>
        services.db.transaction(() => {
          const auditMark = spec.citizenData ? services.audit.lastId() : 0;
          const value = handler(parsed.data as never, ctx);
          if (value instanceof Promise) throw new Error(`${name} returned a promise inside a transaction; mark it ownTransaction or staged`);
          if (spec.citizenData && !services.audit.citizenEntrySince(auditMark)) {
            throw new Error(`${name} touches citizen data but wrote no audit entry naming the citizen`);
          }
          return value;
        })();
      let result: unknown;
      if (typeof entry === 'function') {
        result = inTransaction(entry as Handler<MethodName>);
      } else if ('ownTransaction' in entry) {
        result = await (entry.ownTransaction as Handler<MethodName>)(parsed.data as never, ctx);
      } else {
        const staged = entry as Staged<MethodName>;
        result = await staged.then(inTransaction(staged.read), ctx);
      }

      const output = spec.output.safeParse(result);
      if (!output.success) throw new Error(`${name} returned output that breaks its contract: ${output.error.message}`);
      if (spec.kind === 'write') options.onChange?.({ type: 'changed', method: name });
      return { ok: true, result: output.data };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) } };
      }
      onInternalError(String(name), error);
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  }

  return Object.assign((request: CallRequest) => run(request), {
    asActor: (actor: Actor, method: string, input: unknown) => run({ method, input }, actor),
  });
}
