// A simulated partner for every kind: objects live in a SandboxStore (PostgreSQL in the API), each
// call takes a realistic moment, and everything it returns says `simulated: true`. Nothing real is
// created anywhere; the embedded demo uses it so a fresh install can show the whole flow.
import { errorClassOf, ProvisioningError, type ErrorClass } from '../../errors';
import { resourceTag, type DesiredByKind, type ResourceKind } from '../../resource-kinds';
import type { Driver, EnsureHooks, EnsureResult, Observation, ResourceHandle, ResourceRef } from '../driver';
import type { SandboxStore } from './sandbox-store';

export interface SandboxOptions {
  partnerId: string;
  store: SandboxStore;
  /** Simulated latency range per call, in ms. */
  delayMs?: [number, number];
  random?: () => number;
}

export const SIMULATED_NOTE = 'simulated by the sandbox partner; nothing real exists';

export class SandboxDriver<K extends ResourceKind> implements Driver<K> {
  readonly driverName = 'sandbox' as const;

  constructor(
    readonly kind: K,
    private readonly options: SandboxOptions,
  ) {}

  async ensure(ref: ResourceRef, desired: DesiredByKind[K], hooks: EnsureHooks = {}): Promise<EnsureResult> {
    await this.pause();
    const tag = resourceTag(ref.resourceId);
    const existing = await this.options.store.findByRef(this.options.partnerId, this.kind, tag);
    const object =
      existing ??
      (await this.options.store.insert({
        partnerId: this.options.partnerId,
        kind: this.kind,
        ref: tag,
        name: nameOf(this.kind, desired),
        state: 'active',
        attrs: attrsOf(this.kind, desired),
      }));
    const handle = { sandboxId: object.id, simulated: true };
    await hooks.onHandle?.(handle);
    await this.pause();
    return { handle, adopted: existing !== undefined, outputs: { ...outputsOf(this.kind, object.id), simulated: true, note: SIMULATED_NOTE } };
  }

  async observe(handle: ResourceHandle): Promise<Observation> {
    await this.pause();
    const object = await this.options.store.get(this.options.partnerId, sandboxId(handle));
    if (!object) return { exists: false, simulated: true };
    return {
      exists: true,
      state: object.state,
      suspended: object.state !== 'active',
      size: typeof object.attrs.size === 'string' ? object.attrs.size : undefined,
      quotaMiB: typeof object.attrs.quotaMiB === 'number' ? object.attrs.quotaMiB : undefined,
      simulated: true,
    };
  }

  async setSuspended(handle: ResourceHandle, suspended: boolean): Promise<void> {
    if (this.kind === 'BACKUP_REPO' || this.kind === 'MAIL_DOMAIN') return;
    await this.pause();
    await this.requireObject(handle);
    await this.options.store.update(this.options.partnerId, sandboxId(handle), {
      state: suspended ? (this.kind === 'DROPLET' ? 'off' : 'disabled') : 'active',
    });
  }

  async update(handle: ResourceHandle, desired: DesiredByKind[K]): Promise<void> {
    await this.pause();
    await this.requireObject(handle);
    await this.options.store.update(this.options.partnerId, sandboxId(handle), { attrs: attrsOf(this.kind, desired) });
  }

  async destroy(handle: ResourceHandle): Promise<void> {
    await this.pause();
    await this.options.store.delete(this.options.partnerId, sandboxId(handle));
  }

  classifyError(e: unknown): ErrorClass {
    return errorClassOf(e);
  }

  private async requireObject(handle: ResourceHandle) {
    const object = await this.options.store.get(this.options.partnerId, sandboxId(handle));
    if (!object) throw new ProvisioningError('REMOTE_REJECTED', `simulated ${this.kind} ${sandboxId(handle)} does not exist`, 'needs_human');
    return object;
  }

  private pause(): Promise<void> {
    const [min, max] = this.options.delayMs ?? [200, 800];
    const ms = min + (this.options.random ?? Math.random)() * (max - min);
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }
}

function sandboxId(handle: ResourceHandle): string {
  const id = handle.sandboxId;
  if (typeof id !== 'string') throw new ProvisioningError('REMOTE_REJECTED', 'handle has no sandboxId', 'permanent');
  return id;
}

function nameOf(kind: ResourceKind, desired: DesiredByKind[ResourceKind]): string {
  if (kind === 'MAILBOX') {
    const d = desired as DesiredByKind['MAILBOX'];
    return `${d.localPart}@${d.domain}`;
  }
  if (kind === 'MAIL_DOMAIN') return (desired as DesiredByKind['MAIL_DOMAIN']).domain;
  return (desired as DesiredByKind['DROPLET' | 'BACKUP_REPO']).name;
}

function attrsOf(kind: ResourceKind, desired: DesiredByKind[ResourceKind]): Record<string, string | number | boolean> {
  switch (kind) {
    case 'DROPLET': {
      const d = desired as DesiredByKind['DROPLET'];
      return { size: d.size, region: d.region, image: d.image };
    }
    case 'MAIL_DOMAIN': {
      const d = desired as DesiredByKind['MAIL_DOMAIN'];
      return { maxMailboxes: d.maxMailboxes, quotaMiB: d.quotaMiBPerMailbox };
    }
    case 'MAILBOX':
      return { quotaMiB: (desired as DesiredByKind['MAILBOX']).quotaMiB };
    case 'BACKUP_REPO': {
      const d = desired as DesiredByKind['BACKUP_REPO'];
      return { quotaMiB: d.quotaGiB * 1024, region: d.region, alertDays: d.alertDays };
    }
  }
}

function outputsOf(kind: ResourceKind, id: string): Record<string, string> {
  const short = id.slice(4, 12);
  switch (kind) {
    case 'DROPLET':
      // TEST-NET-1 (RFC 5737): an address that can never be a real server.
      return { ipv4: `192.0.2.${(parseInt(short.slice(0, 2), 16) % 250) + 1}` };
    case 'BACKUP_REPO':
      return { repoPath: `ssh://${short}@${short}.sandbox.invalid/./repo` };
    case 'MAIL_DOMAIN':
      return { mailHost: 'mail.sandbox.invalid', dkimSelector: 'dkim', dkimTxt: `v=DKIM1; k=rsa; p=SIMULATED${short}` };
    default:
      return {};
  }
}
