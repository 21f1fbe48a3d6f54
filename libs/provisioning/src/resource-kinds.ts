// The remote things a service is built from, what each needs, and which parts of a spec imply them.
import type { PackageSpec } from './package-spec';

export const RESOURCE_KINDS = ['DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Lifecycle of one resource as the portal tracks it. */
export const RESOURCE_STATUSES = [
  'PENDING',
  'CREATING',
  'READY',
  'UPDATING',
  'SUSPENDED',
  'FAILED',
  'DELETING',
  'DELETED',
] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export interface DropletDesired {
  name: string;
  size: string;
  region: string;
  image: string;
  userData?: string;
}

export interface MailDomainDesired {
  domain: string;
  maxMailboxes: number;
  quotaMiBPerMailbox: number;
}

export interface MailboxDesired {
  domain: string;
  localPart: string;
  quotaMiB: number;
  /** Only used when the mailbox is created; never stored by the library. */
  password?: string;
}

export interface BackupRepoDesired {
  name: string;
  region: string;
  quotaGiB: number;
  alertDays: number;
  /** OpenSSH public key of the server, allowed to append only. */
  appendOnlyKey?: string;
}

export interface DesiredByKind {
  DROPLET: DropletDesired;
  MAIL_DOMAIN: MailDomainDesired;
  MAILBOX: MailboxDesired;
  BACKUP_REPO: BackupRepoDesired;
}

/** One resource the spec implies, keyed stably inside the service (`droplet`, `mailbox:2`, ...). */
export interface PlannedResource {
  key: string;
  kind: ResourceKind;
  dependsOn: string[];
}

export function mailboxLocalPart(index: number): string {
  return index === 1 ? 'info' : `mail${index}`;
}

/**
 * The resources a service spec needs, in an order where each comes after what it depends on: the
 * backup repository first (the droplet's cloud-init points at it), mailboxes after their domain.
 */
export function plannedResources(spec: PackageSpec): PlannedResource[] {
  const planned: PlannedResource[] = [];
  if (spec.backup) planned.push({ key: 'backup', kind: 'BACKUP_REPO', dependsOn: [] });
  if (spec.website) planned.push({ key: 'droplet', kind: 'DROPLET', dependsOn: spec.backup ? ['backup'] : [] });
  if (spec.mail) {
    planned.push({ key: 'mail-domain', kind: 'MAIL_DOMAIN', dependsOn: [] });
    for (let i = 1; i <= spec.mail.mailboxes; i++) {
      planned.push({ key: `mailbox:${i}`, kind: 'MAILBOX', dependsOn: ['mail-domain'] });
    }
  }
  return planned;
}

/** Deterministic tags that let a driver find what it made before (create-or-adopt). */
export function resourceTag(resourceId: string): string {
  return `coop:res:${resourceId}`;
}

export function serviceTag(serviceId: string): string {
  return `coop:svc:${serviceId}`;
}
