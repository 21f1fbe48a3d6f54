// What every partner driver offers for one resource kind. Handles are small JSON objects the
// caller stores (jsonb) and hands back; drivers never keep state of their own between calls.
import type { ErrorClass } from '../errors';
import type { DesiredByKind, ResourceKind } from '../resource-kinds';

export type ResourceHandle = Record<string, string | number | boolean>;

export interface ResourceRef {
  /** Our id of the resource; drivers tag or name the remote object with it. */
  resourceId: string;
  serviceId: string;
}

export interface EnsureResult {
  handle: ResourceHandle;
  /** True when an existing remote object was found and taken over instead of created. */
  adopted: boolean;
  /** Facts worth showing (IP address, repository path, `simulated`). No secrets. */
  outputs: Record<string, string | number | boolean>;
}

export interface EnsureHooks {
  /** Called as soon as the remote id is known, before waiting for the object to be ready. */
  onHandle?(handle: ResourceHandle): Promise<void>;
}

export interface Observation {
  exists: boolean;
  /** Remote state in the driver's words (`active`, `off`, `new`, `disabled`, ...). */
  state?: string;
  suspended?: boolean;
  size?: string;
  quotaMiB?: number;
  simulated?: boolean;
}

export interface Driver<K extends ResourceKind = ResourceKind> {
  readonly kind: K;
  readonly driverName: DriverName;
  /** Create-or-adopt: find by our tag/name first, so repeating it never makes a second one. */
  ensure(ref: ResourceRef, desired: DesiredByKind[K], hooks?: EnsureHooks): Promise<EnsureResult>;
  observe(handle: ResourceHandle): Promise<Observation>;
  setSuspended(handle: ResourceHandle, suspended: boolean): Promise<void>;
  /** Bring an existing object to the desired size/quota. */
  update(handle: ResourceHandle, desired: DesiredByKind[K]): Promise<void>;
  /** Remove the object; an object that is already gone counts as success. */
  destroy(handle: ResourceHandle): Promise<void>;
  classifyError(e: unknown): ErrorClass;
}

export const DRIVER_NAMES = ['digitalocean', 'mailcow', 'borgbase', 'sandbox'] as const;
export type DriverName = (typeof DRIVER_NAMES)[number];

/** Which kinds each driver can make. */
export const DRIVER_KINDS: Record<DriverName, readonly ResourceKind[]> = {
  digitalocean: ['DROPLET'],
  mailcow: ['MAIL_DOMAIN', 'MAILBOX'],
  borgbase: ['BACKUP_REPO'],
  sandbox: ['DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO'],
};
