// The loopback web host (`npm run web`): serves the built renderer and the same contract as the
// desktop's IPC over HTTP on 127.0.0.1 only. Calls carry the session token from login.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Backend } from './create-backend';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export { CONTENT_SECURITY_POLICY };

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface HttpHostOptions {
  backend: Backend;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface HttpHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

export async function serveHttp(options: HttpHostOptions): Promise<HttpHost> {
  const statics = sirv(options.staticDir, {
    single: true,
    dev: false,
    setHeaders: (res, pathname) => {
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      // sirv's type table lacks .mjs; under nosniff the pdf.js module worker is refused without it.
      if (pathname.endsWith('.mjs')) res.setHeader('content-type', 'text/javascript; charset=utf-8');
    },
  });
  const eventStreams = new Set<ServerResponse>();
  let allowedHosts: string[] = [];

  const server = createServer(async (req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    // DNS rebinding and cross-site requests: only our own loopback origin may talk to us.
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, { ok: false, error: { code: 'FORBIDDEN', message: 'Forkert værtsnavn.' } });
    const origin = req.headers.origin;
    if (origin && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Forespørgsler fra andre sider afvises.' } });
    }
    const url = new URL(req.url ?? '/', 'http://localhost');

    if (url.pathname === '/api/call') {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Brug POST.' } });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, { ok: false, error: { code: 'INVALID_INPUT', message: 'Forespørgslen skal være JSON.' } });
      }
      const text = await readBody(req);
      if (text === null) return send(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'Forespørgslen er for stor.' } });
      let body: { method?: unknown; input?: unknown };
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Forespørgslen er ikke gyldig JSON.' } });
      }
      const envelope = await options.backend.dispatch({ method: String(body?.method ?? ''), input: body?.input, token: bearerToken(req.headers.authorization) });
      return send(res, 200, envelope);
    }

    if (url.pathname === '/api/events') {
      // EventSource cannot send headers, so the token comes as a query parameter.
      try {
        options.backend.services.auth.actorForToken(url.searchParams.get('token'));
      } catch {
        return send(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Log ind igen.' } });
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      eventStreams.add(res);
      req.on('close', () => eventStreams.delete(res));
      return;
    }

    if (url.pathname.startsWith('/api/')) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Ukendt adresse.' } });
    statics(req, res, () => send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Siden findes ikke.' } }));
  });

  const unsubscribe = options.backend.subscribe((event) => {
    for (const stream of eventStreams) stream.write(`data: ${JSON.stringify(event)}\n\n`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
      }),
  };
}
