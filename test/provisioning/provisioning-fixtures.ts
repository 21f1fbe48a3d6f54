import { randomBytes } from 'node:crypto';
import { generateSshKeyPair, sshFingerprint } from '@coop/provisioning';
import { JobsService } from '../../apps/api/src/modules/jobs/jobs.service';
import { APPLY_SERVICE_JOB } from '../../apps/api/src/modules/provisioning/provisioning.jobs';
import type { TestApp } from '../support/test-app';
import type { TestUser } from '../support/factories';
import { BorgBaseStandIn } from '../stand-ins/borgbase/borgbase-stand-in';
import { DigitalOceanStandIn } from '../stand-ins/digitalocean/digitalocean-stand-in';
import { MailcowStandIn } from '../stand-ins/mailcow/mailcow-stand-in';

export const PROVISIONING_TEST_ENV = {
  SECRETS_KEY: randomBytes(32).toString('hex'),
  PROVISIONING_POLL_MS: '10',
  PROVISIONING_RETRY_BASE_SECONDS: '0',
  PROVISIONING_MAX_ATTEMPTS: '3',
  SANDBOX_DELAY_MS: '0-0',
};

export interface StandIns {
  digitalocean: DigitalOceanStandIn;
  mailcow: MailcowStandIn;
  borgbase: BorgBaseStandIn;
  stop(): Promise<void>;
}

export async function startStandIns(): Promise<StandIns> {
  const digitalocean = new DigitalOceanStandIn();
  const mailcow = new MailcowStandIn();
  const borgbase = new BorgBaseStandIn();
  await Promise.all([digitalocean.start(), mailcow.start(), borgbase.start()]);
  return {
    digitalocean,
    mailcow,
    borgbase,
    stop: async () => void (await Promise.all([digitalocean.stop(), mailcow.stop(), borgbase.stop()])),
  };
}

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id name hasCredentials } }`;

/** The three real-API partners, created through the admin API like an admin would. */
export async function createPartners(t: TestApp, adminToken: string, s: StandIns) {
  const inputs = [
    { name: 'Droplet Co-op', driver: 'DIGITALOCEAN', apiBaseUrl: s.digitalocean.url, regions: ['ams3'], offers: [{ kind: 'DROPLET', priceCents: 600 }], coop: true, credentials: { token: s.digitalocean.token } },
    { name: 'Mail Co-op', driver: 'MAILCOW', apiBaseUrl: s.mailcow.url, regions: [], offers: [{ kind: 'MAIL_DOMAIN' }, { kind: 'MAILBOX', priceCents: 50 }], coop: true, credentials: { apiKey: s.mailcow.apiKey } },
    { name: 'Backup Co-op', driver: 'BORGBASE', apiBaseUrl: s.borgbase.url, regions: ['eu'], offers: [{ kind: 'BACKUP_REPO', priceCents: 200 }], coop: true, credentials: { token: s.borgbase.token } },
  ];
  const ids: string[] = [];
  for (const input of inputs) {
    const res = await t.gql(CREATE_PARTNER, { input }, { token: adminToken });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    ids.push(res.data!.createPartner.id);
  }
  return ids;
}

export async function addSshKey(t: TestApp, user: TestUser): Promise<string> {
  const key = generateSshKeyPair(user.email).publicKey;
  await t.db.query(`INSERT INTO ssh_keys (user_id, type, public_key, fingerprint, comment, bits) VALUES ($1, 'ssh-ed25519', $2, $3, $4, 256)`, [
    user.id,
    key,
    sshFingerprint(key),
    user.email,
  ]);
  return key;
}

export const FULL_SPEC = {
  website: { size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64' },
  mail: { mailboxes: 2, quotaMiB: 1024 },
  backup: { retention: { daily: 7, weekly: 4, monthly: 6 }, schedule: '0 3 * * *', quotaGiB: 50 },
};

/** What billing does on payment: a service row and the apply job, in one transaction. */
export async function payForService(t: TestApp, clientId: string, domain: string, spec: object = FULL_SPEC): Promise<string> {
  const slug = `pkg-${randomBytes(4).toString('hex')}`;
  const [pkg] = await t.db.query(`INSERT INTO packages (slug, name, spec) VALUES ($1, $1, $2) RETURNING id`, [slug, JSON.stringify(spec)]);
  const jobs = t.app.get(JobsService);
  return t.db.transaction(async (manager) => {
    const [service] = await manager.query(`INSERT INTO services (client_id, package_id, domain, spec) VALUES ($1, $2, $3, $4) RETURNING id`, [
      clientId,
      pkg.id,
      domain,
      JSON.stringify({ ...spec, domain }),
    ]);
    await jobs.send(APPLY_SERVICE_JOB, { serviceId: service.id }, {}, manager);
    return service.id as string;
  });
}

/** What billing does for suspension, unsuspension, package change and termination. */
export async function billingChange(t: TestApp, serviceId: string, set: { status?: string; reason?: string | null; spec?: object }) {
  const jobs = t.app.get(JobsService);
  await t.db.transaction(async (manager) => {
    if (set.status) await manager.query(`UPDATE services SET status = $2, suspension_reason = $3 WHERE id = $1`, [serviceId, set.status, set.reason ?? null]);
    if (set.spec) await manager.query(`UPDATE services SET spec = spec || $2::jsonb WHERE id = $1`, [serviceId, JSON.stringify(set.spec)]);
    await jobs.send(APPLY_SERVICE_JOB, { serviceId }, {}, manager);
  });
}

export async function waitForStatus(t: TestApp, serviceId: string, status: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const [row] = await t.db.query('SELECT status FROM services WHERE id = $1', [serviceId]);
    last = row?.status;
    if (last === status) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  const log = await t.db.query('SELECT step, outcome, message FROM resource_runs WHERE service_id = $1 ORDER BY id', [serviceId]);
  throw new Error(`service ${serviceId} is ${last}, not ${status}\n${log.map((l: any) => `${l.step} ${l.outcome} ${l.message}`).join('\n')}`);
}

export async function resourcesOf(t: TestApp, serviceId: string): Promise<Array<{ key: string; kind: string; status: string; handle: any; suspended: boolean }>> {
  return t.db.query('SELECT key, kind, status, handle, suspended, partner_id FROM service_resources WHERE service_id = $1 ORDER BY key', [serviceId]);
}
