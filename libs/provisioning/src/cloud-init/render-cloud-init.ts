// The first-boot configuration of a client's server (Debian 13): a sudo user per ops member with
// their keys, no root or password login (an sshd drop-in that sorts first), ufw with 22/80/443,
// fail2ban on the systemd journal, unattended security upgrades, Caddy serving the client's domain
// with automatic HTTPS, and borgmatic backing up to the off-site repository.
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { ProvisioningError } from '../errors';
import type { BackupSpec } from '../package-spec';
import { isSshPublicKey } from './ssh-keys';

export const USER_DATA_LIMIT_BYTES = 64 * 1024;

export interface OpsMember {
  /** Linux user name (see `opsUsername`). */
  username: string;
  fullName?: string;
  sshKeys: string[];
}

export interface BackupTarget {
  repoPath: string;
  /** Per-service passphrase for the repokey-blake2 repository. */
  passphrase: string;
  /** OpenSSH private key whose public half has append-only access to the repository. */
  privateKey: string;
  backup: BackupSpec;
}

export interface CloudInitInput {
  hostname: string;
  /** The client's domain, served by Caddy; without one Caddy serves a placeholder on :80. */
  domain?: string;
  opsMembers: OpsMember[];
  backup?: BackupTarget;
  /** Address Let's Encrypt writes to about certificates. */
  acmeEmail?: string;
}

const USERNAME = /^[a-z_][a-z0-9_-]{0,31}$/;
const RESERVED_USERS = new Set(['root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'www-data', 'backup', 'nobody', 'caddy', 'debian']);
const BACKUP_KEY_PATH = '/root/.ssh/coop_backup_ed25519';

/** A Linux user name from an e-mail address: local part, lower-case, safe characters only. */
export function opsUsername(email: string): string {
  const local = email.split('@')[0]!.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  const name = /^[a-z_]/.test(local) ? local : `u${local}`;
  const trimmed = name.slice(0, 32) || 'ops';
  return RESERVED_USERS.has(trimmed) ? `ops-${trimmed}`.slice(0, 32) : trimmed;
}

/** A stable digest of who may log in; stored with a droplet to notice when its users are out of date. */
export function opsFingerprint(members: OpsMember[]): string {
  const canonical = members
    .map((m) => `${m.username}:${[...m.sshKeys].map((k) => k.trim()).sort().join(',')}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export function renderBorgmaticConfig(target: BackupTarget): string {
  const { retention } = target.backup;
  const config = {
    source_directories: ['/etc', '/home', '/root', '/var/www', '/var/lib/caddy'],
    repositories: [{ path: target.repoPath, label: 'offsite', encryption: 'repokey-blake2' }],
    exclude_caches: true,
    encryption_passphrase: target.passphrase,
    ssh_command: `ssh -i ${BACKUP_KEY_PATH} -o StrictHostKeyChecking=accept-new`,
    compression: 'zstd',
    archive_name_format: '{hostname}-{now:%Y-%m-%dT%H:%M:%S}',
    keep_daily: retention.daily,
    keep_weekly: retention.weekly,
    keep_monthly: retention.monthly,
    checks: [
      { name: 'repository', frequency: '2 weeks' },
      { name: 'archives', frequency: '4 weeks' },
    ],
  };
  return stringify(config);
}

function sshdHardening(): string {
  return [
    '# Managed by coop-portal. Sorts first, and sshd keeps the first value it reads.',
    'PermitRootLogin no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PubkeyAuthentication yes',
    '',
  ].join('\n');
}

function caddyfile(domain: string | undefined, acmeEmail: string | undefined): string {
  const global = acmeEmail ? `{\n\temail ${acmeEmail}\n}\n\n` : '';
  const site = domain ? `${domain}, www.${domain}` : ':80';
  const root = `/var/www/${domain ?? 'default'}`;
  return `${global}${site} {\n\troot * ${root}\n\tencode zstd gzip\n\tfile_server\n}\n`;
}

function validate(input: CloudInitInput): void {
  if (input.opsMembers.length === 0) throw new ProvisioningError('REMOTE_REJECTED', 'a server needs at least one ops member', 'needs_human');
  const seen = new Set<string>();
  for (const member of input.opsMembers) {
    if (!USERNAME.test(member.username) || RESERVED_USERS.has(member.username)) {
      throw new ProvisioningError('REMOTE_REJECTED', `not a usable user name: ${member.username}`, 'permanent');
    }
    if (seen.has(member.username)) throw new ProvisioningError('REMOTE_REJECTED', `user ${member.username} twice`, 'permanent');
    seen.add(member.username);
    for (const key of member.sshKeys) {
      if (!isSshPublicKey(key)) throw new ProvisioningError('REMOTE_REJECTED', `not an SSH public key for ${member.username}`, 'permanent');
    }
  }
}

/** Renders `#cloud-config` user data; throws when it would pass DigitalOcean's 64 KiB limit. */
export function renderCloudInit(input: CloudInitInput): string {
  validate(input);
  const webRoot = `/var/www/${input.domain ?? 'default'}`;
  const writeFiles: Array<Record<string, unknown>> = [
    { path: '/etc/ssh/sshd_config.d/00-coop-hardening.conf', owner: 'root:root', permissions: '0644', content: sshdHardening() },
    {
      path: '/etc/apt/apt.conf.d/20auto-upgrades',
      permissions: '0644',
      content: 'APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\n',
    },
    {
      path: '/etc/fail2ban/jail.d/00-coop-sshd.local',
      permissions: '0644',
      content: '[sshd]\nenabled = true\nbackend = systemd\n',
      defer: true,
    },
    { path: '/etc/caddy/Caddyfile', permissions: '0644', content: caddyfile(input.domain, input.acmeEmail), defer: true },
    {
      path: `${webRoot}/index.html`,
      permissions: '0644',
      content: `<!doctype html><title>${input.domain ?? input.hostname}</title><p>This site is being set up.</p>\n`,
      defer: true,
    },
  ];
  const runcmd: Array<string | string[]> = [
    ['ufw', 'allow', 'OpenSSH'],
    ['ufw', 'allow', '80/tcp'],
    ['ufw', 'allow', '443/tcp'],
    ['ufw', '--force', 'enable'],
    ['systemctl', 'restart', 'ssh'],
    ['systemctl', 'enable', '--now', 'fail2ban', 'unattended-upgrades'],
    ['systemctl', 'reload-or-restart', 'caddy'],
  ];
  const packages = ['ufw', 'fail2ban', 'python3-systemd', 'unattended-upgrades', 'caddy'];

  if (input.backup) {
    packages.push('borgbackup', 'borgmatic');
    writeFiles.push(
      { path: BACKUP_KEY_PATH, owner: 'root:root', permissions: '0600', content: input.backup.privateKey },
      { path: '/etc/borgmatic/config.yaml', owner: 'root:root', permissions: '0600', content: renderBorgmaticConfig(input.backup), defer: true },
      {
        path: '/etc/cron.d/coop-borgmatic',
        permissions: '0644',
        content: `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n${input.backup.backup.schedule} root borgmatic --verbosity -1 --syslog-verbosity 1\n`,
        defer: true,
      },
    );
    runcmd.push('borgmatic repo-create --encryption repokey-blake2 || borgmatic rcreate --encryption repokey-blake2');
  }

  const config = {
    hostname: input.hostname,
    ...(input.domain ? { fqdn: input.domain } : {}),
    disable_root: true,
    ssh_pwauth: false,
    users: input.opsMembers.map((m) => ({
      name: m.username,
      ...(m.fullName ? { gecos: m.fullName } : {}),
      groups: ['sudo'],
      shell: '/bin/bash',
      sudo: 'ALL=(ALL) NOPASSWD:ALL',
      lock_passwd: true,
      ssh_authorized_keys: m.sshKeys.map((k) => k.trim()),
    })),
    package_update: true,
    package_upgrade: true,
    packages,
    write_files: writeFiles,
    runcmd,
  };
  const userData = `#cloud-config\n${stringify(config, { lineWidth: 0 })}`;
  const size = Buffer.byteLength(userData);
  if (size > USER_DATA_LIMIT_BYTES) {
    throw new ProvisioningError('CLOUD_INIT_TOO_LARGE', `cloud-init is ${size} bytes, over the 64 KiB limit`, 'needs_human');
  }
  return userData;
}
