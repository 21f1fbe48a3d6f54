// The one HTTP layer every driver uses: global fetch with per-attempt timeouts, retries with
// exponential backoff and jitter, `retry-after` / `ratelimit-*` honoured, a request id on every
// call, and logs that never contain credentials (headers are never logged, only method and path).
import { randomUUID } from 'node:crypto';
import { ProvisioningError } from '../errors';

export interface HttpLogger {
  info(data: Record<string, unknown>, message: string): void;
  warn(data: Record<string, unknown>, message: string): void;
}

export const silentLogger: HttpLogger = { info: () => undefined, warn: () => undefined };

export interface HttpClientOptions {
  /** Name of the partner or driver, for logs. */
  name: string;
  baseUrl: string;
  /** Sent with every request and never logged (put credentials here). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Longest single wait; a server asking for longer makes the call fail as retryable. */
  maxDelayMs?: number;
  logger?: HttpLogger;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /**
   * May the request be repeated after an ambiguous failure (timeout, reset, 5xx)? Defaults to true
   * for everything except POST. A non-idempotent request is only repeated when the server certainly
   * did not act on it (429); otherwise the error goes back to the driver, which looks before it
   * creates again.
   */
  idempotent?: boolean;
}

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  requestId: string;
}

export class HttpError extends ProvisioningError {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
    requestId: string,
    retryAfterMs?: number,
  ) {
    super(
      status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR',
      message,
      classifyStatus(status),
      { status, requestId, retryAfterMs },
    );
    this.name = 'HttpError';
  }
}

/** How an HTTP status should be treated when a driver has nothing more specific to say. */
export function classifyStatus(status: number): 'retryable' | 'permanent' | 'needs_human' {
  if (status === 429 || status === 408 || status >= 500) return 'retryable';
  if (status === 401 || status === 403) return 'needs_human';
  return 'permanent';
}

/** Parses `retry-after` (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export class HttpClient {
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly logger: HttpLogger;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  /** Epoch ms before which we should not call again (from `ratelimit-remaining: 0`). */
  private quietUntil = 0;

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  constructor(private readonly options: HttpClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.logger = options.logger ?? silentLogger;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  async request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    const requestId = randomUUID();
    const idempotent = req.idempotent ?? req.method !== 'POST';
    const url = this.url(req);
    const log = { partner: this.options.name, requestId, method: req.method, path: req.path };

    for (let attempt = 1; ; attempt++) {
      await this.waitForRateLimit(log);
      const started = this.now();
      let response: Response;
      try {
        response = await fetch(url, {
          method: req.method,
          headers: {
            accept: 'application/json',
            'x-request-id': requestId,
            ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...this.options.headers,
          },
          body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (e) {
        const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
        const reason = timedOut ? `timed out after ${this.timeoutMs} ms` : describeNetworkError(e);
        this.logger.warn({ ...log, attempt, ms: this.now() - started, error: reason }, 'partner request failed');
        if (idempotent && attempt < this.maxAttempts) {
          await this.sleep(backoffDelay(attempt, this.baseDelayMs, this.maxDelayMs, this.random));
          continue;
        }
        throw new ProvisioningError(
          timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
          `${this.options.name} ${req.method} ${req.path}: ${reason}`,
          'retryable',
          { requestId },
        );
      }

      this.noteRateLimit(response.headers);
      const body = await readBody(response);
      const remoteId = response.headers.get('x-request-id') ?? undefined;
      const entry = { ...log, attempt, status: response.status, ms: this.now() - started, remoteRequestId: remoteId };
      if (response.ok) {
        this.logger.info(entry, 'partner request');
        return { status: response.status, body: body as T, headers: response.headers, requestId };
      }

      const retryAfterMs =
        parseRetryAfter(response.headers.get('retry-after'), this.now()) ??
        (response.status === 429 ? this.rateLimitResetIn(response.headers) : undefined);
      const canRepeat = RETRYABLE_STATUS.has(response.status) && (idempotent || response.status === 429);
      this.logger.warn({ ...entry, retryAfterMs }, 'partner request refused');
      if (canRepeat && attempt < this.maxAttempts) {
        const wait = retryAfterMs ?? backoffDelay(attempt, this.baseDelayMs, this.maxDelayMs, this.random);
        if (wait <= this.maxDelayMs) {
          await this.sleep(wait);
          continue;
        }
      }
      throw new HttpError(
        `${this.options.name} ${req.method} ${req.path} answered ${response.status}: ${summarise(body)}`,
        response.status,
        body,
        requestId,
        retryAfterMs,
      );
    }
  }

  private url(req: HttpRequest): string {
    const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + req.path);
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  private noteRateLimit(headers: Headers): void {
    if (headers.get('ratelimit-remaining') === '0') {
      const resetIn = this.rateLimitResetIn(headers);
      if (resetIn !== undefined) this.quietUntil = this.now() + resetIn;
    }
  }

  private rateLimitResetIn(headers: Headers): number | undefined {
    const reset = Number(headers.get('ratelimit-reset'));
    if (!Number.isFinite(reset) || reset <= 0) return undefined;
    return Math.max(0, reset * 1000 - this.now());
  }

  private async waitForRateLimit(log: Record<string, unknown>): Promise<void> {
    const wait = this.quietUntil - this.now();
    if (wait <= 0) return;
    if (wait > this.maxDelayMs) {
      throw new ProvisioningError('RATE_LIMITED', `${this.options.name}: rate limit resets in ${wait} ms`, 'retryable', {
        retryAfterMs: wait,
      });
    }
    this.logger.info({ ...log, waitMs: wait }, 'waiting for partner rate limit');
    await this.sleep(wait);
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describeNetworkError(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? e.message;
  }
  return String(e);
}

function summarise(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').slice(0, 300);
}
