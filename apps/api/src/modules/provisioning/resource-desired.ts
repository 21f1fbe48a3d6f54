// What each resource of a service should look like, from the service's spec. Pure; secrets and
// cloud-init are added by the runner at the moment of creation and never stored here.
import { mailboxLocalPart, type DesiredByKind, type PackageSpec, type ResourceKind } from '@coop/provisioning';

export interface DesiredContext {
  serviceId: string;
  resourceId: string;
  domain: string;
  key: string;
  /** Regions the resource's partner serves (BorgBase: eu / us). */
  partnerRegions: string[];
}

export function hostnameFor(serviceId: string): string {
  return `svc-${serviceId.slice(0, 8)}`;
}

export function desiredFor(kind: ResourceKind, spec: PackageSpec, ctx: DesiredContext): DesiredByKind[ResourceKind] {
  switch (kind) {
    case 'DROPLET': {
      const w = spec.website!;
      return { name: hostnameFor(ctx.serviceId), size: w.size, region: w.region, image: w.image };
    }
    case 'MAIL_DOMAIN':
      return { domain: ctx.domain, maxMailboxes: spec.mail!.mailboxes, quotaMiBPerMailbox: spec.mail!.quotaMiB };
    case 'MAILBOX':
      return { domain: ctx.domain, localPart: mailboxLocalPart(Number(ctx.key.split(':')[1])), quotaMiB: spec.mail!.quotaMiB };
    case 'BACKUP_REPO':
      return { name: `coop-${ctx.resourceId}`, region: ctx.partnerRegions[0] ?? 'eu', quotaGiB: spec.backup!.quotaGiB, alertDays: 2 };
  }
}

/** Fields that an `update` can change in place, by kind. */
const MUTABLE: Record<ResourceKind, string[]> = {
  DROPLET: ['size'],
  MAIL_DOMAIN: ['maxMailboxes', 'quotaMiBPerMailbox'],
  MAILBOX: ['quotaMiB'],
  BACKUP_REPO: ['quotaGiB', 'alertDays'],
};

/** Does the remote object, as last applied, differ from what the spec now asks for? */
export function isOutdated(kind: ResourceKind, applied: Record<string, unknown> | null, desired: object): boolean {
  if (!applied) return false;
  const want = desired as Record<string, unknown>;
  return MUTABLE[kind].some((field) => applied[field] !== want[field]);
}
