// The renderer's one way to call Kerne: typed by the contract, over the desktop bridge
// (window.kerne) when present, else over the loopback web host. Error envelopes become RpcError.
import type { CallRequest, InputOf, KerneBridge, MethodName, OutputOf, ResultEnvelope } from '../../contract';
import { RpcError } from '../../contract/errors';
import i18n from '../i18n/i18n';
import { getSessionToken, setSessionToken } from './session-token';

declare global {
  interface Window {
    kerne?: KerneBridge;
  }
}

/** Methods whose input has defaults may be called without one. */
export type CallArgs<M extends MethodName> = undefined extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>];

async function overHttp(request: CallRequest): Promise<ResultEnvelope<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await fetch('/api/call', { method: 'POST', headers, body: JSON.stringify({ method: request.method, input: request.input }) });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: i18n.t('errors.network') } };
  }
  try {
    return (await response.json()) as ResultEnvelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: i18n.t('errors.badResponse') } };
  }
}

function transport(request: CallRequest): Promise<ResultEnvelope<unknown>> {
  return window.kerne ? window.kerne.call(request) : overHttp(request);
}

/** Calls one contract method; resolves with its output or throws RpcError. */
export async function call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<OutputOf<M>> {
  const token = getSessionToken();
  const envelope = await transport({ method, input: args[0], token });
  if (method === 'auth.logout') setSessionToken(null);
  if (!envelope.ok) {
    // A session that expired or was closed (locked, deactivated) sends the user back to login.
    if (envelope.error.code === 'UNAUTHENTICATED' && token !== null && getSessionToken() === token) setSessionToken(null, envelope.error.message);
    throw new RpcError(envelope.error);
  }
  if (method === 'auth.login') setSessionToken((envelope.result as OutputOf<'auth.login'>).token);
  return envelope.result as OutputOf<M>;
}

/** For generic helpers whose method is only known as a type parameter. */
export function callAny(method: MethodName, input: unknown): Promise<unknown> {
  return (call as (method: MethodName, input?: unknown) => Promise<unknown>)(method, input);
}
