// mailcow domains and mailboxes. Create-or-adopt goes by name: the domain name and the address are
// our deterministic keys, and a GET answers `{}` when they do not exist.
import { errorClassOf, ProvisioningError, type ErrorClass } from '../../errors';
import { serviceTag, type MailboxDesired, type MailDomainDesired } from '../../resource-kinds';
import { createOrAdopt } from '../create-or-adopt';
import type { Driver, EnsureHooks, EnsureResult, Observation, ResourceHandle, ResourceRef } from '../driver';
import type { DriverOptions, PartnerEndpoint } from '../driver-options';
import { mailcowActive, MailcowClient } from './mailcow-client';

interface MailcowDomain {
  domain_name: string;
  active: number | string;
  max_num_mboxes_for_domain?: number | string;
  max_quota_for_mbox?: number | string;
}

interface MailcowMailbox {
  username: string;
  active: number | string;
  quota: number | string;
}

const MIB = 1024 * 1024;

function handleValue(handle: ResourceHandle, key: string): string {
  const value = handle[key];
  if (typeof value !== 'string' || !value) {
    throw new ProvisioningError('REMOTE_REJECTED', `handle has no ${key}`, 'permanent');
  }
  return value;
}

export class MailcowDomainDriver implements Driver<'MAIL_DOMAIN'> {
  readonly kind = 'MAIL_DOMAIN' as const;
  readonly driverName = 'mailcow' as const;
  readonly client: MailcowClient;

  constructor(
    endpoint: PartnerEndpoint,
    private readonly options: DriverOptions = {},
  ) {
    this.client = new MailcowClient(endpoint, options);
  }

  async ensure(ref: ResourceRef, desired: MailDomainDesired, hooks: EnsureHooks = {}): Promise<EnsureResult> {
    const { handle, adopted } = await createOrAdopt<ResourceHandle>({
      find: async () => ((await this.getDomain(desired.domain)) ? { domain: desired.domain } : undefined),
      create: async () => {
        await this.client.write('/api/v1/add/domain', {
          domain: desired.domain,
          description: serviceTag(ref.serviceId),
          active: 1,
          aliases: 400,
          mailboxes: desired.maxMailboxes,
          defquota: desired.quotaMiBPerMailbox,
          maxquota: desired.quotaMiBPerMailbox,
          quota: desired.maxMailboxes * desired.quotaMiBPerMailbox,
          restart_sogo: 1,
        });
        return { domain: desired.domain };
      },
      baseDelayMs: this.options.adoptDelayMs,
    });
    await hooks.onHandle?.(handle);
    const dkimTxt = await this.ensureDkim(desired.domain);
    return { handle, adopted, outputs: { domain: desired.domain, mailHost: new URL(this.client.http.baseUrl).hostname, dkimSelector: 'dkim', dkimTxt } };
  }

  /** A DKIM key for the domain (public; its TXT value goes into the client's DNS). */
  private async ensureDkim(domain: string): Promise<string> {
    const path = `/api/v1/get/dkim/${encodeURIComponent(domain)}`;
    let dkim = await this.client.get<{ dkim_txt: string }>(path);
    if (!dkim) {
      await this.client.write('/api/v1/add/dkim', { domains: domain, dkim_selector: 'dkim', key_size: 2048 }).catch((e: unknown) => {
        if (!(e instanceof ProvisioningError && e.code === 'REMOTE_CONFLICT')) throw e;
      });
      dkim = await this.client.get<{ dkim_txt: string }>(path);
    }
    if (!dkim?.dkim_txt) throw new ProvisioningError('REMOTE_REJECTED', `mailcow has no DKIM key for ${domain}`, 'retryable');
    return dkim.dkim_txt;
  }

  async observe(handle: ResourceHandle): Promise<Observation> {
    const domain = await this.getDomain(handleValue(handle, 'domain'));
    if (!domain) return { exists: false };
    const active = mailcowActive(domain.active);
    return { exists: true, state: active ? 'active' : 'disabled', suspended: !active };
  }

  /** Suspension disables the mailboxes, not the domain, so mail for the client is still accepted. */
  async setSuspended(): Promise<void> {}

  async update(handle: ResourceHandle, desired: MailDomainDesired): Promise<void> {
    await this.client.write('/api/v1/edit/domain', {
      items: [handleValue(handle, 'domain')],
      attr: {
        mailboxes: desired.maxMailboxes,
        defquota: desired.quotaMiBPerMailbox,
        maxquota: desired.quotaMiBPerMailbox,
        quota: desired.maxMailboxes * desired.quotaMiBPerMailbox,
      },
    });
  }

  /** mailcow refuses to delete a domain with mailboxes (`domain_not_empty`, retryable): delete those first. */
  async destroy(handle: ResourceHandle): Promise<void> {
    const domain = handleValue(handle, 'domain');
    if (!(await this.getDomain(domain))) return;
    await this.client.write('/api/v1/delete/domain', [domain]);
  }

  classifyError(e: unknown): ErrorClass {
    return errorClassOf(e);
  }

  async testConnection(): Promise<void> {
    await this.client.http.request({ method: 'GET', path: '/api/v1/get/domain/all' });
  }

  private getDomain(domain: string): Promise<MailcowDomain | undefined> {
    return this.client.get<MailcowDomain>(`/api/v1/get/domain/${encodeURIComponent(domain)}`);
  }
}

export class MailcowMailboxDriver implements Driver<'MAILBOX'> {
  readonly kind = 'MAILBOX' as const;
  readonly driverName = 'mailcow' as const;
  private readonly client: MailcowClient;

  constructor(
    endpoint: PartnerEndpoint,
    private readonly options: DriverOptions = {},
  ) {
    this.client = new MailcowClient(endpoint, options);
  }

  async ensure(_ref: ResourceRef, desired: MailboxDesired, hooks: EnsureHooks = {}): Promise<EnsureResult> {
    const address = `${desired.localPart}@${desired.domain}`;
    const { handle, adopted } = await createOrAdopt<ResourceHandle>({
      find: async () => ((await this.getMailbox(address)) ? { address } : undefined),
      create: async () => {
        if (!desired.password) throw new ProvisioningError('REMOTE_REJECTED', 'a new mailbox needs a password', 'permanent');
        await this.client.write('/api/v1/add/mailbox', {
          local_part: desired.localPart,
          domain: desired.domain,
          name: address,
          quota: desired.quotaMiB,
          password: desired.password,
          password2: desired.password,
          active: 1,
          force_pw_update: 1,
        });
        return { address };
      },
      baseDelayMs: this.options.adoptDelayMs,
    });
    await hooks.onHandle?.(handle);
    return { handle, adopted, outputs: { address } };
  }

  async observe(handle: ResourceHandle): Promise<Observation> {
    const mailbox = await this.getMailbox(handleValue(handle, 'address'));
    if (!mailbox) return { exists: false };
    const active = mailcowActive(mailbox.active);
    return {
      exists: true,
      state: active ? 'active' : 'disabled',
      suspended: !active,
      quotaMiB: Math.round(Number(mailbox.quota) / MIB),
    };
  }

  async setSuspended(handle: ResourceHandle, suspended: boolean): Promise<void> {
    await this.client.write('/api/v1/edit/mailbox', {
      items: [handleValue(handle, 'address')],
      attr: { active: suspended ? 0 : 1 },
    });
  }

  async update(handle: ResourceHandle, desired: MailboxDesired): Promise<void> {
    await this.client.write('/api/v1/edit/mailbox', {
      items: [handleValue(handle, 'address')],
      attr: { quota: desired.quotaMiB },
    });
  }

  async destroy(handle: ResourceHandle): Promise<void> {
    const address = handleValue(handle, 'address');
    if (!(await this.getMailbox(address))) return;
    await this.client.write('/api/v1/delete/mailbox', [address]);
  }

  classifyError(e: unknown): ErrorClass {
    return errorClassOf(e);
  }

  private getMailbox(address: string): Promise<MailcowMailbox | undefined> {
    return this.client.get<MailcowMailbox>(`/api/v1/get/mailbox/${encodeURIComponent(address)}`);
  }
}
