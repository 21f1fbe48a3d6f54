// mailcow's API has its own manners: business errors arrive as HTTP 200 with `type: "danger"`, a
// missing object reads as `{}`, delete bodies are bare arrays, quota is MiB in and bytes out.
import { ProvisioningError } from '../../errors';
import { HttpClient } from '../../http/http-client';
import { partnerHttpClient, requireCredential, type DriverOptions, type PartnerEndpoint } from '../driver-options';

interface MailcowMessage {
  type: 'success' | 'danger' | 'error' | 'warning' | 'info';
  msg: unknown;
}

/** mailcow messages that mean "it is already there", which create-or-adopt turns into a look-up. */
const ALREADY_EXISTS = new Set(['object_exists', 'domain_exists', 'mailbox_exists', 'is_alias_or_mailbox']);
/** mailcow messages that mean "try again later". */
const TRANSIENT = new Set(['domain_not_empty', 'mysql_error', 'redis_error']);

export class MailcowClient {
  readonly http: HttpClient;

  constructor(endpoint: PartnerEndpoint, options: DriverOptions = {}) {
    this.http = partnerHttpClient(endpoint, options, { 'x-api-key': requireCredential(endpoint, 'apiKey') });
  }

  /** GET that maps mailcow's `{}` for a missing object to `undefined`. */
  async get<T extends object>(path: string): Promise<T | undefined> {
    const res = await this.http.request<T | T[] | Record<string, never>>({ method: 'GET', path });
    const body = Array.isArray(res.body) ? res.body[0] : res.body;
    if (!body || typeof body !== 'object' || Object.keys(body).length === 0) return undefined;
    return body as T;
  }

  /** POST a write and turn any `danger` message into a typed error. */
  async write(path: string, body: unknown): Promise<void> {
    // mailcow writes are safe to repeat: a second add answers object_exists, a second edit or delete
    // changes nothing. So the HTTP layer may retry them after a timeout.
    const res = await this.http.request<MailcowMessage[] | MailcowMessage>({ method: 'POST', path, body, idempotent: true });
    const messages = Array.isArray(res.body) ? res.body : [res.body];
    const failure = messages.find((m) => m && m.type !== 'success' && m.type !== 'info' && m.type !== 'warning');
    if (!failure) return;
    const key = messageKey(failure.msg);
    const text = `mailcow ${path}: ${JSON.stringify(failure.msg)}`;
    if (ALREADY_EXISTS.has(key)) throw new ProvisioningError('REMOTE_CONFLICT', text, 'permanent');
    throw new ProvisioningError('REMOTE_REJECTED', text, TRANSIENT.has(key) ? 'retryable' : 'permanent');
  }
}

function messageKey(msg: unknown): string {
  if (Array.isArray(msg)) return String(msg[0]);
  return String(msg);
}

export function mailcowActive(value: unknown): boolean {
  return value === 1 || value === '1' || value === true;
}
