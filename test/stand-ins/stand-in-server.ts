// Shared plumbing for third-party stand-ins: an HTTP server on 127.0.0.1:0, a tiny router, injectable
// faults (status with headers, connection reset, hang), optional latency and a random transient
// fault rate (for the benchmark), and a log of every request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  params: Record<string, string>;
}

export interface StandInResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: StandInRequest) => StandInResponse | Promise<StandInResponse>;

export type FaultEffect = StandInResponse | 'reset' | 'hang';

export interface Fault {
  method?: string;
  /** Matched against the path (no query). */
  path?: RegExp;
  /** Matched against the raw request body (e.g. a GraphQL operation name). */
  body?: RegExp;
  effect: FaultEffect;
  /** How many matching requests it affects. */
  times: number;
  /** Act after the handler ran (the server did the work, the client never hears). */
  afterHandling?: boolean;
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class StandInServer {
  readonly requests: Array<{ method: string; path: string; status: number | 'reset' | 'hang' }> = [];
  /** Errors thrown inside the stand-in itself; tests expect none. */
  readonly crashes: string[] = [];
  private readonly routes: Route[] = [];
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  latencyMs: [number, number] = [0, 0];
  /** Probability of an injected transient fault (503 or 429) per request, for load tests. */
  transientFaultRate = 0;

  constructor(readonly name: string) {}

  route(method: string, path: string, handler: Handler): void {
    const keys: string[] = [];
    const pattern = new RegExp(`^${path.replace(/\{(\w+)\}/g, (_m, key: string) => (keys.push(key), '([^/]+)'))}$`);
    this.routes.push({ method, pattern, keys, handler });
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  get url(): string {
    if (!this.server) throw new Error(`${this.name} stand-in is not started`);
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) =>
      this.handle(req, res).catch((e: unknown) => {
        this.crashes.push(String(e instanceof Error ? e.stack : e));
        if (!res.headersSent) res.writeHead(500).end();
      }),
    );
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** Override to add headers to every answer (rate limits) or to check each exchange. */
  protected decorate(_req: StandInRequest, res: StandInResponse): StandInResponse {
    return res;
  }

  protected async authorise(_req: StandInRequest): Promise<StandInResponse | undefined> {
    return undefined;
  }

  private takeFault(method: string, path: string, raw: string, afterHandling: boolean): FaultEffect | undefined {
    const index = this.faults.findIndex(
      (f) =>
        (f.method ?? method) === method &&
        (f.path ?? /.*/).test(path) &&
        (f.body ?? /.*/).test(raw) &&
        Boolean(f.afterHandling) === afterHandling,
    );
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.times -= 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault.effect;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const body = parseJson(raw);
    const [min, max] = this.latencyMs;
    if (max > 0) await new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));

    const request: StandInRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body, params: {} };
    const before = this.takeFault(request.method, request.path, raw, false) ?? this.randomFault();
    if (before) return this.apply(before, request, res);

    const denied = await this.authorise(request);
    let answer: StandInResponse;
    if (denied) {
      answer = denied;
    } else {
      const route = this.routes.find((r) => r.method === request.method && r.pattern.test(request.path));
      if (!route) {
        answer = { status: 404, body: { id: 'not_found', message: `no route ${request.method} ${request.path}` } };
      } else {
        const match = route.pattern.exec(request.path)!;
        route.keys.forEach((key, i) => (request.params[key] = decodeURIComponent(match[i + 1]!)));
        answer = await route.handler(request);
      }
    }
    const after = this.takeFault(request.method, request.path, raw, true);
    if (after) return this.apply(after, request, res);
    this.send(request, res, this.decorate(request, answer));
  }

  private randomFault(): FaultEffect | undefined {
    if (this.transientFaultRate <= 0 || Math.random() >= this.transientFaultRate) return undefined;
    return Math.random() < 0.5
      ? { status: 503, body: { id: 'service_unavailable', message: 'injected transient fault' } }
      : { status: 429, body: { id: 'too_many_requests', message: 'injected rate limit' }, headers: { 'retry-after': '0' } };
  }

  private apply(effect: FaultEffect, request: StandInRequest, res: ServerResponse): void {
    if (effect === 'reset') {
      this.requests.push({ method: request.method, path: request.path, status: 'reset' });
      res.socket?.destroy();
      return;
    }
    if (effect === 'hang') {
      this.requests.push({ method: request.method, path: request.path, status: 'hang' });
      return;
    }
    this.send(request, res, this.decorate(request, effect));
  }

  private send(request: StandInRequest, res: ServerResponse, answer: StandInResponse): void {
    this.requests.push({ method: request.method, path: request.path, status: answer.status });
    const hasBody = answer.body !== undefined && answer.status !== 204;
    res.writeHead(answer.status, { ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...answer.headers });
    res.end(hasBody ? JSON.stringify(answer.body) : undefined);
  }
}

function parseJson(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
