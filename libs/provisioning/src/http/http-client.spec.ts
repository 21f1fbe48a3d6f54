import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, HttpClient, HttpError, parseRetryAfter, type HttpLogger } from './http-client';
import { ProvisioningError } from '../errors';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

let server: Server | undefined;

async function serve(handler: Handler): Promise<{ url: string; calls: IncomingMessage[] }> {
  const calls: IncomingMessage[] = [];
  server = createServer((req, res) => {
    calls.push(req);
    handler(req, res, calls.length);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

afterEach(async () => {
  const s = server;
  server = undefined;
  if (!s) return;
  s.closeAllConnections();
  await new Promise((resolve) => s.close(resolve));
});

function recordingLogger(): HttpLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (data, msg) => lines.push(`${msg} ${JSON.stringify(data)}`),
    warn: (data, msg) => lines.push(`${msg} ${JSON.stringify(data)}`),
  };
}

function client(url: string, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  const waits: number[] = [];
  const http = new HttpClient({
    name: 'test',
    baseUrl: url,
    baseDelayMs: 1,
    maxDelayMs: 60_000,
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  });
  return { http, waits };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

describe('HttpClient', () => {
  it('waits as long as retry-after says before repeating a 429', async () => {
    const { url, calls } = await serve((_req, res, n) =>
      n === 1 ? json(res, 429, { id: 'too_many_requests', message: 'slow down' }, { 'retry-after': '7' }) : json(res, 200, { ok: true }),
    );
    const { http, waits } = client(url);
    const res = await http.request({ method: 'POST', path: '/things', body: { a: 1 } });
    expect(res.body).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([7000]);
  });

  it('retries a 5xx on an idempotent request and gives up after maxAttempts', async () => {
    const { url, calls } = await serve((_req, res) => json(res, 503, { id: 'unavailable', message: 'down' }));
    const { http, waits } = client(url, { maxAttempts: 4 });
    const err = await http.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(503);
    expect((err as HttpError).errorClass).toBe('retryable');
    expect(calls).toHaveLength(4);
    expect(waits).toHaveLength(3);
  });

  it('does not repeat a POST after a 5xx, because the server may have acted on it', async () => {
    const { url, calls } = await serve((_req, res) => json(res, 500, { id: 'server_error', message: 'oops' }));
    const { http } = client(url);
    const err = await http.request({ method: 'POST', path: '/create', body: {} }).catch((e: unknown) => e);
    expect((err as HttpError).errorClass).toBe('retryable');
    expect(calls).toHaveLength(1);
  });

  it('classifies 422 as permanent and 401 as needing a human without retrying', async () => {
    const { url, calls } = await serve((req, res) =>
      json(res, req.url === '/bad' ? 422 : 401, { id: 'x', message: 'no' }),
    );
    const { http } = client(url);
    const bad = await http.request({ method: 'GET', path: '/bad' }).catch((e: unknown) => e);
    const auth = await http.request({ method: 'GET', path: '/auth' }).catch((e: unknown) => e);
    expect((bad as HttpError).errorClass).toBe('permanent');
    expect((auth as HttpError).errorClass).toBe('needs_human');
    expect(calls).toHaveLength(2);
  });

  it('retries a reset connection on a GET', async () => {
    const { url, calls } = await serve((req, res, n) => (n === 1 ? req.socket.destroy() : json(res, 200, [1])));
    const { http } = client(url);
    expect((await http.request({ method: 'GET', path: '/' })).body).toEqual([1]);
    expect(calls).toHaveLength(2);
  });

  it('turns a hanging server into a retryable TIMEOUT', async () => {
    const { url } = await serve(() => undefined);
    const { http } = client(url, { timeoutMs: 50, maxAttempts: 2 });
    const err = await http.request({ method: 'GET', path: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisioningError);
    expect((err as ProvisioningError).code).toBe('TIMEOUT');
    expect((err as ProvisioningError).errorClass).toBe('retryable');
  });

  it('holds back the next call until ratelimit-reset when nothing remains', async () => {
    let now = 1_000_000;
    const { url } = await serve((_req, res) =>
      json(res, 200, {}, { 'ratelimit-remaining': '0', 'ratelimit-reset': String(now / 1000 + 5) }),
    );
    const { http, waits } = client(url, { now: () => now });
    await http.request({ method: 'GET', path: '/' });
    await http.request({ method: 'GET', path: '/' });
    expect(waits).toEqual([5000]);
    now += 10_000;
  });

  it('sends one request id across attempts and never logs credentials', async () => {
    const ids: string[] = [];
    const { url } = await serve((req, res, n) => {
      ids.push(String(req.headers['x-request-id']));
      expect(req.headers.authorization).toBe('Bearer s3cret-token');
      return n === 1 ? json(res, 502, { message: 'bad gateway' }) : json(res, 200, {});
    });
    const logger = recordingLogger();
    const { http } = client(url, { headers: { authorization: 'Bearer s3cret-token' }, logger });
    await http.request({ method: 'GET', path: '/v2/droplets', query: { tag_name: 'coop' } });
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(logger.lines.join('\n')).toContain(ids[0]);
    expect(logger.lines.join('\n')).not.toContain('s3cret');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially, stays within the cap and keeps at least half the step', () => {
    expect(backoffDelay(1, 100, 10_000, () => 0)).toBe(50);
    expect(backoffDelay(1, 100, 10_000, () => 1)).toBe(100);
    expect(backoffDelay(4, 100, 10_000, () => 0)).toBe(400);
    expect(backoffDelay(20, 100, 10_000, () => 1)).toBe(10_000);
  });
});
