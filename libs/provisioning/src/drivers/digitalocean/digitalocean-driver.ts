// DigitalOcean API v2 droplets (and any partner with a compatible API). Every droplet carries the
// tags `coop:res:<resource>` and `coop:svc:<service>`; ensure lists by the resource tag before it
// creates, so a repeated or resumed ensure adopts the droplet instead of making a second one.
import { errorClassOf, ProvisioningError, type ErrorClass } from '../../errors';
import { HttpClient, HttpError } from '../../http/http-client';
import { resourceTag, serviceTag, type DropletDesired } from '../../resource-kinds';
import { createOrAdopt, pollUntil } from '../create-or-adopt';
import type { Driver, EnsureHooks, EnsureResult, Observation, ResourceHandle, ResourceRef } from '../driver';
import { partnerHttpClient, requireCredential, type DriverOptions, type PartnerEndpoint } from '../driver-options';

interface Droplet {
  id: number;
  name: string;
  status: 'new' | 'active' | 'off' | 'archive';
  size_slug: string;
  tags: string[];
  networks?: { v4?: Array<{ ip_address: string; type: string }> };
}

interface Action {
  id: number;
  status: 'in-progress' | 'completed' | 'errored';
  type: string;
}

export class DigitalOceanDropletDriver implements Driver<'DROPLET'> {
  readonly kind = 'DROPLET' as const;
  readonly driverName = 'digitalocean' as const;
  private readonly http: HttpClient;

  constructor(
    endpoint: PartnerEndpoint,
    private readonly options: DriverOptions = {},
  ) {
    this.http = partnerHttpClient(endpoint, options, { authorization: `Bearer ${requireCredential(endpoint, 'token')}` });
  }

  async ensure(ref: ResourceRef, desired: DropletDesired, hooks: EnsureHooks = {}): Promise<EnsureResult> {
    let actionId: number | undefined;
    const { handle: droplet, adopted } = await createOrAdopt<Droplet>({
      find: () => this.findByTag(resourceTag(ref.resourceId)),
      create: async () => {
        const res = await this.http.request<{ droplet: Droplet; links: { actions?: Array<{ id: number }> } }>({
          method: 'POST',
          path: '/v2/droplets',
          body: {
            name: desired.name,
            region: desired.region,
            size: desired.size,
            image: desired.image,
            ipv6: true,
            monitoring: true,
            tags: [resourceTag(ref.resourceId), serviceTag(ref.serviceId)],
            ...(desired.userData ? { user_data: desired.userData } : {}),
          },
        });
        actionId = res.body.links.actions?.[0]?.id;
        return res.body.droplet;
      },
      attempts: 4,
      baseDelayMs: this.options.adoptDelayMs,
    });
    const handle = { dropletId: droplet.id };
    await hooks.onHandle?.(handle);
    if (actionId !== undefined) await this.waitForAction(actionId);
    const ready = await pollUntil(
      `droplet ${droplet.id} becoming active`,
      async () => {
        const current = await this.getDroplet(droplet.id);
        if (!current) throw new ProvisioningError('REMOTE_ACTION_FAILED', `droplet ${droplet.id} vanished`, 'retryable');
        return current.status === 'new' ? undefined : current;
      },
      this.pollOptions(),
    );
    const ip = ready.networks?.v4?.find((n) => n.type === 'public')?.ip_address;
    return { handle, adopted, outputs: { dropletId: ready.id, ...(ip ? { ipv4: ip } : {}) } };
  }

  async observe(handle: ResourceHandle): Promise<Observation> {
    const droplet = await this.getDroplet(dropletId(handle));
    if (!droplet) return { exists: false };
    return { exists: true, state: droplet.status, suspended: droplet.status === 'off', size: droplet.size_slug };
  }

  async setSuspended(handle: ResourceHandle, suspended: boolean): Promise<void> {
    const droplet = await this.requireDroplet(handle);
    if (suspended && droplet.status !== 'off') await this.act(droplet.id, { type: 'power_off' });
    if (!suspended && droplet.status === 'off') await this.act(droplet.id, { type: 'power_on' });
  }

  /** Resize: power off, resize (CPU/RAM only, so it can be undone), power on if it was running. */
  async update(handle: ResourceHandle, desired: DropletDesired): Promise<void> {
    const droplet = await this.requireDroplet(handle);
    if (droplet.size_slug === desired.size) return;
    const wasRunning = droplet.status !== 'off';
    if (wasRunning) await this.act(droplet.id, { type: 'power_off' });
    try {
      await this.act(droplet.id, { type: 'resize', size: desired.size, disk: false });
    } catch (e) {
      // A refused resize must not leave the client's site switched off.
      if (wasRunning) await this.act(droplet.id, { type: 'power_on' }).catch(() => undefined);
      throw e;
    }
    if (wasRunning) await this.act(droplet.id, { type: 'power_on' });
  }

  async destroy(handle: ResourceHandle): Promise<void> {
    try {
      await this.http.request({ method: 'DELETE', path: `/v2/droplets/${dropletId(handle)}` });
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return;
      throw e;
    }
  }

  classifyError(e: unknown): ErrorClass {
    return errorClassOf(e);
  }

  /** A cheap authenticated read, for "test connection". */
  async testConnection(): Promise<void> {
    await this.http.request({ method: 'GET', path: '/v2/droplets', query: { per_page: 1 } });
  }

  private async findByTag(tag: string): Promise<Droplet | undefined> {
    const found: Droplet[] = [];
    for (let page = 1; page <= 20; page++) {
      const res = await this.http.request<{ droplets: Droplet[]; links?: { pages?: { next?: string } } }>({
        method: 'GET',
        path: '/v2/droplets',
        query: { tag_name: tag, per_page: 200, page },
      });
      found.push(...res.body.droplets);
      if (!res.body.links?.pages?.next) break;
    }
    // Should there ever be two, keep the oldest; the other shows up as drift in reconciliation.
    return found.sort((a, b) => a.id - b.id)[0];
  }

  private async getDroplet(id: number): Promise<Droplet | undefined> {
    try {
      const res = await this.http.request<{ droplet: Droplet }>({ method: 'GET', path: `/v2/droplets/${id}` });
      return res.body.droplet;
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return undefined;
      throw e;
    }
  }

  private async requireDroplet(handle: ResourceHandle): Promise<Droplet> {
    const droplet = await this.getDroplet(dropletId(handle));
    if (!droplet) {
      throw new ProvisioningError('REMOTE_REJECTED', `droplet ${dropletId(handle)} does not exist`, 'needs_human', {
        status: 404,
      });
    }
    return droplet;
  }

  private async act(id: number, body: Record<string, unknown>): Promise<void> {
    const res = await this.http.request<{ action: Action }>({
      method: 'POST',
      path: `/v2/droplets/${id}/actions`,
      body,
      // A repeated power or resize action is harmless, so the HTTP layer may repeat it.
      idempotent: true,
    });
    await this.waitForAction(res.body.action.id);
  }

  private async waitForAction(actionId: number): Promise<void> {
    const action = await pollUntil(
      `action ${actionId}`,
      async () => {
        const res = await this.http.request<{ action: Action }>({ method: 'GET', path: `/v2/actions/${actionId}` });
        return res.body.action.status === 'in-progress' ? undefined : res.body.action;
      },
      this.pollOptions(),
    );
    if (action.status === 'errored') {
      throw new ProvisioningError('REMOTE_ACTION_FAILED', `action ${actionId} (${action.type}) errored`, 'retryable');
    }
  }

  private pollOptions() {
    return { intervalMs: this.options.pollIntervalMs ?? 3000, maxWaitMs: this.options.maxWaitMs ?? 600_000 };
  }
}

function dropletId(handle: ResourceHandle): number {
  const id = Number(handle.dropletId);
  if (!Number.isInteger(id)) throw new ProvisioningError('REMOTE_REJECTED', 'handle has no dropletId', 'permanent');
  return id;
}
