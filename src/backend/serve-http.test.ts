// Protects the loopback web host: it listens on 127.0.0.1 only, carries the contract with a bearer
// token, turns away other hosts, origins and non-JSON, serves the renderer with a CSP, and streams changes.
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, RESIDENCE_INPUT, tempDir, type TestBackend } from '../../tests/fixtures/backend';
import { CONTENT_SECURITY_POLICY, serveHttp, type HttpHost } from './serve-http';

let t: TestBackend;
let host: HttpHost;
let port: number;
let cleanup: () => void;

beforeAll(async () => {
  t = await createTestBackend();
  const dir = tempDir('kerne-static-');
  cleanup = dir.cleanup;
  writeFileSync(path.join(dir.dir, 'index.html'), '<!doctype html><title>Kerne</title><div id="root"></div>');
  host = await serveHttp({ backend: t.backend, staticDir: dir.dir, port: 0 });
  port = Number(new URL(host.url).port);
});
afterAll(async () => {
  await host.close();
  t.close();
  cleanup();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test controls headers fetch would not let it set (Host). */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function apiCall(method: string, input: unknown, token?: string) {
  const response = await fetch(`${host.url}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ method, input }),
  });
  return { status: response.status, body: await response.json() };
}

describe('listening', () => {
  it('binds to the loopback address 127.0.0.1 only', () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(host.url).toBe(`http://127.0.0.1:${port}`);
  });
});

describe('POST /api/call', () => {
  it('runs a method with the bearer token from login', async () => {
    const login = await apiCall('auth.login', { username: 'leder', password: 'korrekt-hest-batteri' });
    expect(login.status).toBe(200);
    expect(login.body.ok).toBe(true);
    const list = await apiCall('residences.list', {}, login.body.result.token);
    expect(list).toEqual({ status: 200, body: { ok: true, result: [expect.objectContaining({ name: 'Egebakken' })] } });
  });

  it('answers a non-public call without token with an UNAUTHENTICATED envelope', async () => {
    const response = await apiCall('residences.list', {});
    expect(response.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('passes domain errors through as envelopes', async () => {
    const response = await apiCall('residences.get', { id: t.residences.other }, t.tokens.medarbejder);
    expect(response.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const unknown = await apiCall('findes.ikke', {}, t.tokens.administrator);
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a wrong Host header with 421 (DNS rebinding)', async () => {
    const response = await raw({ method: 'POST', path: '/api/call', headers: { host: `evil.example:${port}`, 'content-type': 'application/json' }, body: '{"method":"system.status"}' });
    expect(response.status).toBe(421);
    const page = await raw({ path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('accepts localhost as Host too', async () => {
    const response = await raw({ method: 'POST', path: '/api/call', headers: { host: `localhost:${port}`, 'content-type': 'application/json' }, body: '{"method":"system.status","input":{}}' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });

  it('refuses a foreign Origin with 403, and allows its own', async () => {
    const foreign = await raw({ method: 'POST', path: '/api/call', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{"method":"system.status","input":{}}' });
    expect(foreign.status).toBe(403);
    const otherPort = await raw({ method: 'POST', path: '/api/call', headers: { origin: `http://127.0.0.1:${port + 1}`, 'content-type': 'application/json' }, body: '{"method":"system.status","input":{}}' });
    expect(otherPort.status).toBe(403);
    const own = await raw({ method: 'POST', path: '/api/call', headers: { origin: host.url, 'content-type': 'application/json' }, body: '{"method":"system.status","input":{}}' });
    expect(own.status).toBe(200);
  });

  it('refuses a non-JSON content type with 415 and a broken JSON body with 400', async () => {
    const form = await raw({ method: 'POST', path: '/api/call', headers: { 'content-type': 'text/plain' }, body: '{"method":"system.status"}' });
    expect(form.status).toBe(415);
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const broken = await raw({ method: 'POST', path: '/api/call', headers: { 'content-type': 'application/json' }, body: '{"method":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers GET on the API with 405 and an unknown API path with 404', async () => {
    expect((await raw({ path: '/api/call' })).status).toBe(405);
    expect((await raw({ path: '/api/nothing' })).status).toBe(404);
  });
});

describe('static renderer', () => {
  it('serves index.html with the Content-Security-Policy', async () => {
    const response = await fetch(`${host.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for an app route (single-page app), also with the CSP', async () => {
    const response = await fetch(`${host.url}/botilbud/3`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the CSP allows no inline or foreign scripts and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('GET /api/events', () => {
  it('requires a valid token', async () => {
    expect((await raw({ path: '/api/events' })).status).toBe(401);
    expect((await raw({ path: '/api/events?token=forkert' })).status).toBe(401);
  });

  it('streams a changed event after a write', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.url}/api/events?token=${encodeURIComponent(t.tokens.administrator)}`, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${needle}": ${text}`);
        text += decoder.decode(value, { stream: true });
      }
    };
    await readUntil(': connected');
    // A read sends nothing; a write sends one event.
    await apiCall('residences.list', {}, t.tokens.administrator);
    const created = await apiCall('residences.create', { ...RESIDENCE_INPUT, name: 'Via HTTP' }, t.tokens.administrator);
    expect(created.body.ok).toBe(true);
    await readUntil('"residences.create"}\n\n');
    const events = text.split('\n').filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)));
    expect(events).toEqual([{ type: 'changed', method: 'residences.create' }]);
    controller.abort();
  });
});
