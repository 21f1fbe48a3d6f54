import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePackageSpec } from '../package-spec';
import { opsFingerprint, opsUsername, renderBorgmaticConfig, renderCloudInit, type CloudInitInput } from './render-cloud-init';
import { generateSshKeyPair, isSshPublicKey, sshFingerprint } from './ssh-keys';
import { SHARED_SPECS_DIR } from '../../../../test/support/shared-specs';

const SPECS = SHARED_SPECS_DIR;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const cloudSchema = JSON.parse(readFileSync(path.join(SPECS, 'cloud-init/schema-cloud-config-v1.json'), 'utf8'));
delete cloudSchema.$schema; // draft-04 marker; Ajv 8 reads the keywords it uses
const validateCloudConfig = ajv.compile(cloudSchema);
const validateBorgmatic = ajv.compile(parse(readFileSync(path.join(SPECS, 'borgmatic/schema-1.8plus.yaml'), 'utf8')));

/** The schema accepts unknown top-level keys, so we keep our own allow-list. */
const ALLOWED_TOP_LEVEL = ['hostname', 'fqdn', 'disable_root', 'ssh_pwauth', 'users', 'package_update', 'package_upgrade', 'packages', 'write_files', 'runcmd'];

const alice = generateSshKeyPair('alice@laptop').publicKey;
const bob = generateSshKeyPair('bob@desk').publicKey;
const backupKey = generateSshKeyPair('coop-backup');
const spec = parsePackageSpec({ backup: { retention: { daily: 7, weekly: 4, monthly: 6 }, schedule: '15 2 * * *' } });

function input(over: Partial<CloudInitInput> = {}): CloudInitInput {
  return {
    hostname: 'svc-1234abcd',
    domain: 'example.org',
    opsMembers: [
      { username: 'alice', fullName: 'Alice A', sshKeys: [alice] },
      { username: 'bob', sshKeys: [bob] },
    ],
    backup: { repoPath: 'ssh://x1y2@x1y2.repo.borgbase.com/./repo', passphrase: 'correct horse battery', privateKey: backupKey.privateKey, backup: spec.backup! },
    acmeEmail: 'ops@coop.example',
    ...over,
  };
}

function render(over: Partial<CloudInitInput> = {}) {
  const text = renderCloudInit(input(over));
  return { text, config: parse(text) as Record<string, any> };
}

function file(config: Record<string, any>, p: string): { content: string; permissions?: string; defer?: boolean } {
  const found = config.write_files.find((f: { path: string }) => f.path === p);
  expect(found, p).toBeDefined();
  return found;
}

describe('renderCloudInit', () => {
  it('validates against the cloud-config schema and uses only allowed top-level keys', () => {
    const { text, config } = render();
    expect(text.startsWith('#cloud-config\n')).toBe(true);
    expect(validateCloudConfig(config), JSON.stringify(validateCloudConfig.errors)).toBe(true);
    expect(Object.keys(config).filter((k) => !ALLOWED_TOP_LEVEL.includes(k))).toEqual([]);
  });

  it('has a sudo user per ops member with exactly their keys and no password', () => {
    const { config } = render();
    expect(config.users.map((u: { name: string }) => u.name)).toEqual(['alice', 'bob']);
    const a = config.users[0];
    expect(a.ssh_authorized_keys).toEqual([alice]);
    expect(a.groups).toContain('sudo');
    expect(a.lock_passwd).toBe(true);
    expect(a.sudo).toBe('ALL=(ALL) NOPASSWD:ALL');
  });

  it('forbids root and password login through a drop-in that sorts first', () => {
    const { config } = render();
    expect(config.disable_root).toBe(true);
    expect(config.ssh_pwauth).toBe(false);
    const dropIns = config.write_files.map((f: { path: string }) => f.path).filter((p: string) => p.startsWith('/etc/ssh/sshd_config.d/'));
    expect(dropIns).toEqual(['/etc/ssh/sshd_config.d/00-coop-hardening.conf']);
    const content = file(config, dropIns[0]).content;
    expect(content).toMatch(/^PermitRootLogin no$/m);
    expect(content).toMatch(/^PasswordAuthentication no$/m);
  });

  it('allows OpenSSH in ufw before enabling it, and opens 80 and 443', () => {
    const cmds = render().config.runcmd.map((c: string | string[]) => (Array.isArray(c) ? c.join(' ') : c));
    const ssh = cmds.indexOf('ufw allow OpenSSH');
    expect(ssh).toBeGreaterThanOrEqual(0);
    expect(ssh).toBeLessThan(cmds.indexOf('ufw --force enable'));
    expect(cmds).toContain('ufw allow 80/tcp');
    expect(cmds).toContain('ufw allow 443/tcp');
  });

  it('runs fail2ban on the systemd backend with python3-systemd, and unattended upgrades', () => {
    const { config } = render();
    expect(config.packages).toEqual(expect.arrayContaining(['fail2ban', 'python3-systemd', 'unattended-upgrades', 'ufw', 'caddy']));
    expect(file(config, '/etc/fail2ban/jail.d/00-coop-sshd.local').content).toMatch(/^backend = systemd$/m);
    expect(file(config, '/etc/apt/apt.conf.d/20auto-upgrades').content).toContain('Unattended-Upgrade "1"');
  });

  it('has Caddy serve the client domain with automatic HTTPS', () => {
    const caddy = file(render().config, '/etc/caddy/Caddyfile').content;
    expect(caddy).toContain('example.org, www.example.org {');
    expect(caddy).toContain('email ops@coop.example');
    expect(caddy).not.toMatch(/tls off|http:\/\//);
  });

  it('backs up with borgmatic to the plan repository using repokey-blake2 on the plan schedule', () => {
    const { config } = render();
    const borgmatic = parse(file(config, '/etc/borgmatic/config.yaml').content);
    expect(validateBorgmatic(borgmatic), JSON.stringify(validateBorgmatic.errors)).toBe(true);
    expect(borgmatic.repositories[0]).toMatchObject({ path: 'ssh://x1y2@x1y2.repo.borgbase.com/./repo', encryption: 'repokey-blake2' });
    expect(borgmatic.encryption_passphrase).toBe('correct horse battery');
    expect(borgmatic).toMatchObject({ keep_daily: 7, keep_weekly: 4, keep_monthly: 6 });
    expect(file(config, '/etc/borgmatic/config.yaml').permissions).toBe('0600');
    expect(file(config, '/etc/cron.d/coop-borgmatic').content).toMatch(/^15 2 \* \* \* root borgmatic/m);
    expect(file(config, '/root/.ssh/coop_backup_ed25519').content).toBe(backupKey.privateKey);
    expect(config.runcmd.join('\n')).toContain('--encryption repokey-blake2');
  });

  it('leaves borgmatic out when the package has no backup', () => {
    const { config } = render({ backup: undefined });
    expect(config.packages).not.toContain('borgmatic');
    expect(config.write_files.some((f: { path: string }) => f.path.includes('borgmatic'))).toBe(false);
    expect(validateCloudConfig(config)).toBe(true);
  });

  it('stays under 64 KiB and refuses to render more', () => {
    expect(Buffer.byteLength(render().text)).toBeLessThan(64 * 1024);
    const many = Array.from({ length: 400 }, (_, i) => ({ username: `ops${i}`, sshKeys: [generateSshKeyPair(`k${i}`).publicKey] }));
    expect(() => renderCloudInit(input({ opsMembers: many }))).toThrow(/64 KiB/);
  });

  it('rejects a bad user name, a duplicate user and a key that is not a public key', () => {
    expect(() => renderCloudInit(input({ opsMembers: [{ username: 'root', sshKeys: [] }] }))).toThrow(/user name/);
    expect(() => renderCloudInit(input({ opsMembers: [{ username: 'a', sshKeys: [] }, { username: 'a', sshKeys: [] }] }))).toThrow(/twice/);
    expect(() => renderCloudInit(input({ opsMembers: [{ username: 'a', sshKeys: ['ssh-ed25519 AAAA\nrunmcd: evil'] }] }))).toThrow(/public key/);
    expect(() => renderCloudInit(input({ opsMembers: [] }))).toThrow(/at least one/);
  });
});

describe('renderBorgmaticConfig', () => {
  it('is valid against the borgmatic 1.8+ schema', () => {
    const config = parse(renderBorgmaticConfig(input().backup!));
    expect(validateBorgmatic(config), JSON.stringify(validateBorgmatic.errors)).toBe(true);
  });
});

describe('opsUsername and opsFingerprint', () => {
  it('derives safe Linux user names from e-mail addresses', () => {
    expect(opsUsername('Jane.Doe+ops@coop.example')).toBe('janedoeops');
    expect(opsUsername('1st@x.org')).toBe('u1st');
    expect(opsUsername('root@x.org')).toBe('ops-root');
  });

  it('changes when a key is added and not when the order changes', () => {
    const a = [{ username: 'a', sshKeys: [alice, bob] }, { username: 'b', sshKeys: [] }];
    const reordered = [{ username: 'b', sshKeys: [] }, { username: 'a', sshKeys: [bob, alice] }];
    expect(opsFingerprint(a)).toBe(opsFingerprint(reordered));
    expect(opsFingerprint(a)).not.toBe(opsFingerprint([{ username: 'a', sshKeys: [alice] }, { username: 'b', sshKeys: [] }]));
  });
});

describe('generateSshKeyPair', () => {
  it('makes a key pair that ssh-keygen reads, with a matching public half', () => {
    const pair = generateSshKeyPair('test@coop');
    expect(isSshPublicKey(pair.publicKey)).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'coop-key-'));
    try {
      const keyFile = path.join(dir, 'id');
      writeFileSync(keyFile, pair.privateKey, { mode: 0o600 });
      const derived = execFileSync('ssh-keygen', ['-y', '-f', keyFile]).toString().trim();
      expect(derived.split(' ').slice(0, 2)).toEqual(pair.publicKey.split(' ').slice(0, 2));
      const listed = execFileSync('ssh-keygen', ['-l', '-f', keyFile]).toString();
      expect(listed).toContain(sshFingerprint(pair.publicKey));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
