// What a package promises, as data: the parts a service is built from. A package spec has no domain;
// the service's snapshot (`services.spec`) carries the client's domain at the top level.

export const DEFAULT_IMAGE = 'debian-13-x64';
export const DEFAULT_BACKUP_SCHEDULE = '0 3 * * *';
export const DEFAULT_BACKUP_QUOTA_GIB = 100;

export interface WebsiteSpec {
  /** Droplet size slug, e.g. `s-1vcpu-2gb`. */
  size: string;
  /** Region slug, e.g. `ams3`. */
  region: string;
  /** Image slug; Debian 13 unless the package says otherwise. */
  image: string;
}

export interface MailSpec {
  /** Number of mailboxes on the client's domain. */
  mailboxes: number;
  /** Quota per mailbox in MiB. */
  quotaMiB: number;
}

export interface BackupRetention {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface BackupSpec {
  retention: BackupRetention;
  /** Five-field cron expression (UTC) for the borgmatic run. */
  schedule: string;
  /** Size of the off-site repository in GiB. */
  quotaGiB: number;
}

export interface PackageSpec {
  website?: WebsiteSpec;
  mail?: MailSpec;
  backup?: BackupSpec;
  /** The client's domain; absent in a package, present in a service's snapshot. */
  domain?: string;
}

export class PackageSpecError extends Error {
  readonly code = 'INVALID_PACKAGE_SPEC' as const;
  constructor(
    /** Dotted path of the offending field, e.g. `mail.quotaMiB`; empty for the whole spec. */
    readonly field: string,
    message: string,
  ) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'PackageSpecError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CRON_FIELD = /^(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?(,(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?)*$/;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, field: string, allowed: readonly string[]): Obj {
  if (!isObject(value)) throw new PackageSpecError(field, 'must be an object');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new PackageSpecError(join(field, key), 'is not a known field');
  }
  return value;
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

function slug(value: unknown, field: string, fallback?: string): string {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !SLUG.test(value)) {
    throw new PackageSpecError(field, 'must be a lower-case slug (a-z, 0-9, -)');
  }
  return value;
}

function integer(value: unknown, field: string, min: number, max: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new PackageSpecError(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function cron(value: unknown, field: string): string {
  if (value === undefined) return DEFAULT_BACKUP_SCHEDULE;
  if (typeof value !== 'string') throw new PackageSpecError(field, 'must be a cron expression');
  const parts = value.trim().split(/\s+/);
  if (parts.length !== 5 || !parts.every((part) => CRON_FIELD.test(part))) {
    throw new PackageSpecError(field, 'must be a five-field cron expression such as "0 3 * * *"');
  }
  return parts.join(' ');
}

function parseWebsite(value: unknown): WebsiteSpec {
  const o = object(value, 'website', ['size', 'region', 'image']);
  return {
    size: slug(o.size, 'website.size'),
    region: slug(o.region, 'website.region'),
    image: slug(o.image, 'website.image', DEFAULT_IMAGE),
  };
}

function parseMail(value: unknown): MailSpec {
  const o = object(value, 'mail', ['mailboxes', 'quotaMiB']);
  return {
    mailboxes: integer(o.mailboxes, 'mail.mailboxes', 1, 1000),
    quotaMiB: integer(o.quotaMiB, 'mail.quotaMiB', 1, 1_048_576),
  };
}

function parseBackup(value: unknown): BackupSpec {
  const o = object(value, 'backup', ['retention', 'schedule', 'quotaGiB']);
  const r = object(o.retention, 'backup.retention', ['daily', 'weekly', 'monthly']);
  const retention = {
    daily: integer(r.daily, 'backup.retention.daily', 0, 366),
    weekly: integer(r.weekly, 'backup.retention.weekly', 0, 260),
    monthly: integer(r.monthly, 'backup.retention.monthly', 0, 120),
  };
  if (retention.daily + retention.weekly + retention.monthly === 0) {
    throw new PackageSpecError('backup.retention', 'must keep at least one archive');
  }
  return {
    retention,
    schedule: cron(o.schedule, 'backup.schedule'),
    quotaGiB: integer(o.quotaGiB, 'backup.quotaGiB', 1, 100_000, DEFAULT_BACKUP_QUOTA_GIB),
  };
}

function parseDomain(value: unknown): string {
  if (typeof value !== 'string' || !HOSTNAME.test(value.toLowerCase())) {
    throw new PackageSpecError('domain', 'must be a domain name such as example.org');
  }
  return value.toLowerCase();
}

/**
 * Validates untrusted input (admin form, stored jsonb) and returns a normalised spec with defaults
 * filled in. Throws `PackageSpecError` naming the first offending field.
 */
export function parsePackageSpec(input: unknown): PackageSpec {
  const o = object(input, '', ['website', 'mail', 'backup', 'domain']);
  const spec: PackageSpec = {};
  if (o.website !== undefined) spec.website = parseWebsite(o.website);
  if (o.mail !== undefined) spec.mail = parseMail(o.mail);
  if (o.backup !== undefined) spec.backup = parseBackup(o.backup);
  if (o.domain !== undefined) spec.domain = parseDomain(o.domain);
  if (!spec.website && !spec.mail && !spec.backup) {
    throw new PackageSpecError('', 'must include at least one of website, mail or backup');
  }
  return spec;
}

/** The snapshot a service keeps: the package's spec with the client's domain filled in. */
export function specForService(packageSpec: PackageSpec, domain: string): PackageSpec {
  return parsePackageSpec({ ...packageSpec, domain });
}
