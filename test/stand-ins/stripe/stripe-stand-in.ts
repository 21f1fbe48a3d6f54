import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { decodeForm, FormValue } from './form-body';
import { stripeError } from './stripe-objects';
import { StandInError, StripeState } from './stripe-state';

/*
 * A stateful stand-in for the Stripe API on 127.0.0.1, port 0. The real `stripe` client is pointed at
 * it (host/port/protocol). Form-encoded requests, idempotency keys with replay and the mismatch error,
 * and webhook events signed with `generateTestHeaderString`, delivered on demand: duplicated,
 * reordered, delayed or concurrently.
 */
export interface StripeStandInOptions {
  readonly secretKey?: string;
  readonly webhookSecret?: string;
  readonly webhookUrl?: string;
  /** Clock for object timestamps, event `created` and signature timestamps. */
  readonly now?: () => Date;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | null;
  readonly params: Record<string, FormValue>;
  status: number;
  replayed: boolean;
}

export interface DeliveryOptions {
  /** Which pending events to send; the rest stay pending. Default all. */
  readonly filter?: (event: Stripe.Event) => boolean;
  readonly order?: 'created' | 'reverse' | 'shuffle';
  /** Send every event twice. */
  readonly duplicate?: boolean;
  /** Send everything at once instead of one after another. */
  readonly concurrent?: boolean;
  /** Wait before each delivery. */
  readonly delayMs?: number;
  readonly seed?: number;
}

export interface DeliveryResult {
  readonly eventId: string;
  readonly type: string;
  readonly status: number;
  readonly body: string;
}

type Fault = 'error-500' | 'lose-response';

interface StoredResult {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: unknown;
}

export class StripeStandIn {
  readonly secretKey: string;
  readonly webhookSecret: string;
  readonly requests: RecordedRequest[] = [];
  readonly state: StripeState;
  /** Events emitted and not yet delivered, oldest first. */
  pending: Stripe.Event[] = [];
  webhookUrl: string | null;
  private server: Server | null = null;
  private port = 0;
  private readonly idempotency = new Map<string, StoredResult>();
  private readonly faults: Fault[] = [];
  private readonly now: () => Date;
  private readonly signer = new Stripe('sk_test_signer');

  constructor(options: StripeStandInOptions = {}) {
    this.secretKey = options.secretKey ?? 'sk_test_standin';
    this.webhookSecret = options.webhookSecret ?? 'whsec_standin';
    this.webhookUrl = options.webhookUrl ?? null;
    this.now = options.now ?? (() => new Date());
    this.state = new StripeState(() => this.url, this.now, (event) => this.pending.push(event));
  }

  static async start(options: StripeStandInOptions = {}): Promise<StripeStandIn> {
    const standIn = new StripeStandIn(options);
    await standIn.listen();
    return standIn;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** The next request(s) fail: a plain 500, or processed but the response is lost (as a cut connection). */
  injectFault(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i += 1) this.faults.push(fault);
  }

  postsWithoutIdempotencyKey(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.idempotencyKey);
  }

  // ---- webhooks ---------------------------------------------------------------------------------

  signatureHeader(payload: string, opts: { timestamp?: number; secret?: string } = {}): string {
    return this.signer.webhooks.generateTestHeaderString({
      payload,
      secret: opts.secret ?? this.webhookSecret,
      timestamp: opts.timestamp ?? Math.floor(this.now().getTime() / 1000),
    });
  }

  /** Posts a raw body with the given headers to the webhook URL (for signature-failure tests). */
  async post(body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    if (!this.webhookUrl) throw new Error('no webhook URL set');
    const res = await fetch(this.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, body: await res.text() };
  }

  async send(event: Stripe.Event): Promise<DeliveryResult> {
    const payload = JSON.stringify(event, null, 2);
    const res = await this.post(payload, { 'stripe-signature': this.signatureHeader(payload) });
    return { eventId: event.id, type: event.type, ...res };
  }

  async deliver(options: DeliveryOptions = {}): Promise<DeliveryResult[]> {
    const chosen = this.pending.filter(options.filter ?? (() => true));
    this.pending = this.pending.filter((e) => !chosen.includes(e));
    let queue = [...chosen];
    if (options.order === 'reverse') queue.reverse();
    if (options.order === 'shuffle') queue = shuffle(queue, options.seed ?? 1);
    if (options.duplicate) queue = queue.flatMap((e) => [e, e]);
    const sendOne = async (event: Stripe.Event) => {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      return this.send(event);
    };
    if (options.concurrent) return Promise.all(queue.map(sendOne));
    const results: DeliveryResult[] = [];
    for (const event of queue) results.push(await sendOne(event));
    return results;
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const params = decodeForm(method === 'GET' || method === 'DELETE' ? url.search.slice(1) || raw : raw);
    const key = header(req, 'idempotency-key');
    const record: RecordedRequest = { method, path: url.pathname, idempotencyKey: key, params, status: 0, replayed: false };
    this.requests.push(record);
    const reply = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': `req_${Math.random().toString(36).slice(2, 16)}`,
        'stripe-version': '2026-10-28.endive',
        ...(key ? { 'idempotency-key': key } : {}),
        ...extra,
      });
      res.end(JSON.stringify(body));
    };

    if (header(req, 'authorization') !== `Bearer ${this.secretKey}`) {
      reply(401, stripeError('invalid_request_error', 'Invalid API Key provided.'));
      return;
    }
    const fault = this.faults.shift();
    if (fault === 'error-500') {
      reply(500, stripeError('api_error', 'Something went wrong on the stand-in (injected).'));
      return;
    }

    const fingerprint = createHash('sha256').update(`${method} ${url.pathname}\n${raw}`).digest('hex');
    if (key && method !== 'GET') {
      const stored = this.idempotency.get(key);
      if (stored && stored.fingerprint !== fingerprint) {
        reply(
          400,
          stripeError(
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          ),
        );
        return;
      }
      if (stored) {
        record.replayed = true;
        reply(stored.status, stored.body, { 'idempotent-replayed': 'true' });
        return;
      }
    }

    let status = 200;
    let body: unknown;
    try {
      body = this.route(method, url.pathname, params);
    } catch (error) {
      if (!(error instanceof StandInError)) throw error;
      status = error.status;
      body = stripeError(error.type, error.message, { code: error.code, param: error.param });
    }
    // Stripe saves the result of any request that started executing, errors included.
    if (key && method !== 'GET') this.idempotency.set(key, { fingerprint, status, body: structuredClone(body) });
    if (fault === 'lose-response') {
      reply(500, stripeError('api_error', 'The response was lost (injected).'), { 'stripe-should-retry': 'true' });
      return;
    }
    reply(status, body);
  }

  private route(method: string, path: string, p: Record<string, FormValue>): unknown {
    const s = this.state;
    const parts = path.split('/').filter(Boolean); // ['v1', 'checkout', 'sessions', 'cs_1']
    if (parts[0] !== 'v1') throw new StandInError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
    const namespaced = parts[1] === 'checkout' || parts[1] === 'billing_portal';
    const resource = namespaced ? `${parts[1]}/${parts[2]}` : parts[1];
    const [id, extra] = parts.slice(namespaced ? 3 : 2);
    const list = <T>(data: T[]) => ({ object: 'list', data, has_more: false, url: path });
    if (extra === undefined) {
      switch (`${method} ${resource}${id ? '/:id' : ''}`) {
        case 'POST customers':
          return s.createCustomer(p);
        case 'GET customers/:id':
          return s.get(s.customers, id, 'customer');
        case 'POST products':
          return s.createProduct(p);
        case 'GET products/:id':
          return s.get(s.products, id, 'product');
        case 'POST products/:id':
          return s.updateProduct(id, p);
        case 'POST prices':
          return s.createPrice(p);
        case 'GET prices':
          return list(s.listPrices(p));
        case 'GET prices/:id':
          return s.get(s.prices, id, 'price');
        case 'POST checkout/sessions':
          return s.createCheckoutSession(p);
        case 'GET checkout/sessions/:id':
          return s.get(s.sessions, id, 'checkout.session');
        case 'GET subscriptions/:id':
          return s.get(s.subscriptions, id, 'subscription');
        case 'POST subscriptions/:id':
          return s.updateSubscription(id, p);
        case 'DELETE subscriptions/:id':
          return s.cancelSubscription(id);
        case 'GET invoices/:id':
          return s.get(s.invoices, id, 'invoice');
        case 'GET events/:id':
          return s.get(s.events, id, 'event');
        case 'POST billing_portal/sessions':
          return s.createPortalSession(p);
      }
    }
    throw new StandInError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Deterministic Fisher-Yates (mulberry32), so a failing order can be replayed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
