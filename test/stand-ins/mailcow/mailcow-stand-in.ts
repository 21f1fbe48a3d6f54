// A stateful stand-in for the mailcow API with its manners (see /work/shared/specs/README.md):
// `X-API-Key` header, writes as POST with JSON, business errors as HTTP 200 with `type: "danger"`,
// delete bodies that are bare arrays, `{}` for a missing object, quota in MiB in and bytes out.
import { StandInServer, type StandInRequest, type StandInResponse } from '../stand-in-server';

const MIB = 1024 * 1024;

export interface MailcowDomainRow {
  domain_name: string;
  description: string;
  active: number;
  max_num_mboxes_for_domain: number;
  max_quota_for_mbox: number;
  def_quota_for_mbox: number;
  max_quota_for_domain: number;
}

export interface MailcowMailboxRow {
  username: string;
  local_part: string;
  domain: string;
  name: string;
  active: number;
  quota: number;
}

/** Passwords as set on add, by address (mailcow only keeps hashes; tests compare against this). */
export type MailcowPasswords = Map<string, string>;

type Message = { type: 'success' | 'danger' | 'error'; log: unknown[]; msg: unknown[] | string };

function ok(msg: string, object: unknown): Message {
  return { type: 'success', log: [], msg: [msg, object] };
}

function danger(msg: string, object?: unknown): Message {
  return { type: 'danger', log: [], msg: object === undefined ? [msg] : [msg, object] };
}

function num(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export class MailcowStandIn extends StandInServer {
  readonly domains = new Map<string, MailcowDomainRow>();
  readonly mailboxes = new Map<string, MailcowMailboxRow>();
  /** Every successful add (duplicate counting). */
  readonly adds: string[] = [];
  readonly dkim = new Map<string, string>();
  readonly passwords: MailcowPasswords = new Map();

  constructor(readonly apiKey = 'mailcow-test-key') {
    super('mailcow');
    this.route('GET', '/api/v1/get/domain/{id}', (r) => this.getDomain(r));
    this.route('POST', '/api/v1/add/domain', (r) => this.write(() => this.addDomain(r.body as Record<string, unknown>)));
    this.route('POST', '/api/v1/edit/domain', (r) => this.write(() => this.editDomain(r.body as Edit)));
    this.route('POST', '/api/v1/delete/domain', (r) => this.write(() => this.deleteDomains(r.body)));
    this.route('GET', '/api/v1/get/mailbox/{id}', (r) => this.getMailbox(r));
    this.route('GET', '/api/v1/get/dkim/{domain}', (r) => {
      const txt = this.dkim.get(r.params.domain!.toLowerCase());
      return { status: 200, body: txt ? { dkim_selector: 'dkim', dkim_txt: txt, length: '2048', privkey: '', pubkey: txt.split('p=')[1] } : {} };
    });
    this.route('POST', '/api/v1/add/dkim', (r) =>
      this.write(() => {
        const body = r.body as { domains?: string; key_size?: number };
        const domain = String(body.domains ?? '').toLowerCase();
        if (!this.domains.has(domain)) return [danger('dkim_domain_or_sel_invalid', domain)];
        if (this.dkim.has(domain)) return [danger('dkim_domain_or_sel_exists', domain)];
        this.dkim.set(domain, `v=DKIM1;k=rsa;t=s;s=email;p=MIIB${Buffer.from(domain).toString('base64')}`);
        return [ok('dkim_added', domain)];
      }),
    );
    this.route('POST', '/api/v1/add/mailbox', (r) => this.write(() => this.addMailbox(r.body as Record<string, unknown>)));
    this.route('POST', '/api/v1/edit/mailbox', (r) => this.write(() => this.editMailbox(r.body as Edit)));
    this.route('POST', '/api/v1/delete/mailbox', (r) => this.write(() => this.deleteMailboxes(r.body)));
  }

  /** An object made by someone else earlier (e.g. a previous, lost attempt). */
  seedDomain(domain: string): void {
    this.addDomain({ domain, mailboxes: 10, defquota: 1024, maxquota: 1024, quota: 10240 });
  }

  protected override async authorise(req: StandInRequest): Promise<StandInResponse | undefined> {
    if (req.headers['x-api-key'] !== this.apiKey) return { status: 401, body: { type: 'error', msg: 'authentication failed' } };
    return undefined;
  }

  private write(action: () => Message[]): StandInResponse {
    return { status: 200, body: action() };
  }

  private getDomain(req: StandInRequest): StandInResponse {
    if (req.params.id === 'all') return { status: 200, body: [...this.domains.values()].map((d) => this.domainView(d)) };
    const row = this.domains.get(req.params.id!.toLowerCase());
    return { status: 200, body: row ? this.domainView(row) : {} };
  }

  private domainView(d: MailcowDomainRow) {
    const boxes = [...this.mailboxes.values()].filter((m) => m.domain === d.domain_name);
    return { ...d, mboxes_in_domain: boxes.length, quota_used_in_domain: String(boxes.reduce((sum, m) => sum + m.quota, 0)) };
  }

  private addDomain(body: Record<string, unknown>): Message[] {
    const domain = String(body.domain ?? '').toLowerCase();
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) return [danger('domain_invalid', domain)];
    if (this.domains.has(domain)) return [danger('domain_exists', domain)];
    const maxquota = num(body.maxquota, 10240);
    const defquota = num(body.defquota, 3072);
    if (defquota > maxquota) return [danger('mailbox_defquota_exceeds_mailbox_maxquota')];
    this.domains.set(domain, {
      domain_name: domain,
      description: String(body.description ?? ''),
      active: num(body.active, 1),
      max_num_mboxes_for_domain: num(body.mailboxes, 10),
      max_quota_for_mbox: maxquota * MIB,
      def_quota_for_mbox: defquota * MIB,
      max_quota_for_domain: num(body.quota, 10240) * MIB,
    });
    this.adds.push(`domain:${domain}`);
    return [ok('domain_added', domain)];
  }

  private editDomain(body: Edit): Message[] {
    return (body.items ?? []).map((item) => {
      const row = this.domains.get(String(item).toLowerCase());
      if (!row) return danger('access_denied');
      const a = body.attr ?? {};
      if (a.active !== undefined) row.active = num(a.active, row.active);
      if (a.mailboxes !== undefined) row.max_num_mboxes_for_domain = num(a.mailboxes, row.max_num_mboxes_for_domain);
      if (a.maxquota !== undefined) row.max_quota_for_mbox = num(a.maxquota, 0) * MIB;
      if (a.defquota !== undefined) row.def_quota_for_mbox = num(a.defquota, 0) * MIB;
      if (a.quota !== undefined) row.max_quota_for_domain = num(a.quota, 0) * MIB;
      return ok('domain_modified', row.domain_name);
    });
  }

  private deleteDomains(body: unknown): Message[] {
    if (!Array.isArray(body)) return [danger('invalid_request', 'delete expects an array')];
    return body.map((item) => {
      const domain = String(item).toLowerCase();
      if (!this.domains.has(domain)) return danger('domain_not_found', domain);
      if ([...this.mailboxes.values()].some((m) => m.domain === domain)) return danger('domain_not_empty', domain);
      this.domains.delete(domain);
      return ok('domain_removed', domain);
    });
  }

  private getMailbox(req: StandInRequest): StandInResponse {
    const row = this.mailboxes.get(req.params.id!.toLowerCase());
    return { status: 200, body: row ?? {} };
  }

  private addMailbox(body: Record<string, unknown>): Message[] {
    const domain = String(body.domain ?? '').toLowerCase();
    const localPart = String(body.local_part ?? '').toLowerCase();
    const address = `${localPart}@${domain}`;
    const row = this.domains.get(domain);
    if (!row) return [danger('domain_not_found', domain)];
    if (this.mailboxes.has(address)) return [danger('object_exists', address)];
    if (!body.password || body.password !== body.password2) return [danger('password_mismatch')];
    const count = [...this.mailboxes.values()].filter((m) => m.domain === domain).length;
    if (count >= row.max_num_mboxes_for_domain) return [danger('max_mailbox_exceeded', [count, row.max_num_mboxes_for_domain])];
    const quota = num(body.quota, row.def_quota_for_mbox / MIB) * MIB;
    if (quota > row.max_quota_for_mbox) return [danger('mailbox_quota_exceeded', row.max_quota_for_mbox / MIB)];
    this.mailboxes.set(address, { username: address, local_part: localPart, domain, name: String(body.name ?? ''), active: num(body.active, 1), quota });
    this.adds.push(`mailbox:${address}`);
    this.passwords.set(address, String(body.password));
    return [ok('mailbox_added', address)];
  }

  private editMailbox(body: Edit): Message[] {
    return (body.items ?? []).map((item) => {
      const row = this.mailboxes.get(String(item).toLowerCase());
      if (!row) return danger('access_denied');
      const a = body.attr ?? {};
      if (a.active !== undefined) row.active = num(a.active, row.active);
      if (a.quota !== undefined) {
        const quota = num(a.quota, 0) * MIB;
        const domain = this.domains.get(row.domain)!;
        if (quota > domain.max_quota_for_mbox) return danger('mailbox_quota_exceeded', domain.max_quota_for_mbox / MIB);
        row.quota = quota;
      }
      return ok('mailbox_modified', row.username);
    });
  }

  private deleteMailboxes(body: unknown): Message[] {
    if (!Array.isArray(body)) return [danger('invalid_request', 'delete expects an array')];
    return body.map((item) => {
      const address = String(item).toLowerCase();
      if (!this.mailboxes.delete(address)) return danger('access_denied');
      return ok('mailbox_removed', address);
    });
  }
}

interface Edit {
  items?: unknown[];
  attr?: Record<string, unknown>;
}
