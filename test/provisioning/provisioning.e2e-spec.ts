import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackupRetentionService } from '../../apps/api/src/modules/provisioning/backup-retention.service';
import { ReconcileService } from '../../apps/api/src/modules/provisioning/reconcile.service';
import { createClient, createUser, loginAs, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  addSshKey,
  billingChange,
  createPartners,
  FULL_SPEC,
  payForService,
  PROVISIONING_TEST_ENV,
  resourcesOf,
  startStandIns,
  waitForStatus,
  type StandIns,
} from './provisioning-fixtures';
import { sharedSpec } from '../support/shared-specs';

let t: TestApp;
let s: StandIns;
let admin: TestUser;
let ops: TestUser;
let owner: TestUser;
let adminToken: string;
let opsToken: string;
let ownerToken: string;
let clientId: string;
let opsKey: string;
let n = 0;
const domain = () => `site${++n}-${Date.now().toString(36)}.example.org`;

beforeAll(async () => {
  s = await startStandIns();
  t = await startTestApp({ env: PROVISIONING_TEST_ENV });
  admin = await createUser(t, { staffRole: 'ADMIN' });
  ops = await createUser(t, { staffRole: 'OPS', email: 'jo.ops@coop.example' });
  owner = await createUser(t);
  [adminToken, opsToken, ownerToken] = await Promise.all([loginAs(t, admin), loginAs(t, ops), loginAs(t, owner)]);
  opsKey = await addSshKey(t, ops);
  clientId = (await createClient(t, owner)).id;
  await createPartners(t, adminToken, s);
});

afterAll(async () => {
  await t?.close();
  await s?.stop();
});

afterEach(() => {
  expect(s.digitalocean.violations).toEqual([]);
  expect([...s.digitalocean.crashes, ...s.mailcow.crashes, ...s.borgbase.crashes]).toEqual([]);
});

const RESOURCES = `query($id: ID!) { serviceResources(serviceId: $id) { key kind status placementReason simulated lastError partner { name } outputs { name value } timeline { step outcome message } } }`;

describe('provisioning a paid service', () => {
  it('brings every resource to READY and the service to ACTIVE, with exactly one droplet', async () => {
    const d = domain();
    const serviceId = await payForService(t, clientId, d);
    await waitForStatus(t, serviceId, 'ACTIVE');

    const rows = await resourcesOf(t, serviceId);
    expect(rows.map((r) => `${r.key}:${r.status}`)).toEqual(['backup:READY', 'droplet:READY', 'mail-domain:READY', 'mailbox:1:READY', 'mailbox:2:READY']);
    const tag = `coop:res:${(await t.db.query(`SELECT id FROM service_resources WHERE service_id = $1 AND kind = 'DROPLET'`, [serviceId]))[0].id}`;
    expect(s.digitalocean.tagged(tag)).toHaveLength(1);
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(1);
    expect(s.mailcow.mailboxes.get(`info@${d}`)).toMatchObject({ active: 1, quota: 1024 * 1024 * 1024 });
    expect(s.borgbase.repos.size).toBeGreaterThanOrEqual(1);

    // The client sees its resources with partners and reasons, but not internal errors or messages.
    const res = await t.gql(RESOURCES, { id: serviceId }, { token: ownerToken });
    expect(res.errors).toBeUndefined();
    const droplet = res.data!.serviceResources.find((r: any) => r.kind === 'DROPLET');
    expect(droplet).toMatchObject({ status: 'READY', simulated: false, partner: { name: 'Droplet Co-op' }, lastError: null });
    expect(droplet.outputs).toContainEqual({ name: 'ipv4', value: expect.stringMatching(/^203\.0\.113\./) });
    expect(droplet.timeline.every((e: any) => e.message === null)).toBe(true);
    const backup = res.data!.serviceResources.find((r: any) => r.kind === 'BACKUP_REPO');
    expect(backup.partner.name).toBe('Backup Co-op');
    expect(backup.placementReason).toContain('off-site from Droplet Co-op');

    // Ops can export the service as Terraform and every server as an Ansible inventory.
    const iac = await t.gql(`query($id: ID!) { serviceTerraform(serviceId: $id) ansibleInventory }`, { id: serviceId }, { token: opsToken });
    const tf = JSON.parse(iac.data!.serviceTerraform);
    const dropletId = String(s.digitalocean.tagged(`coop:svc:${serviceId}`)[0]!.id);
    expect(tf.import).toContainEqual({ to: expect.stringMatching(/^digitalocean_droplet\./), id: dropletId });
    expect(iac.data!.serviceTerraform).not.toContain(s.digitalocean.token);
    const inventory = parse(iac.data!.ansibleInventory);
    expect(inventory.all.children.coop_servers.hosts[`svc-${serviceId.slice(0, 8)}`]).toMatchObject({ coop_service_id: serviceId, coop_domain: d });
    const clientTry = await t.gql(`query($id: ID!) { serviceTerraform(serviceId: $id) }`, { id: serviceId }, { token: ownerToken });
    expect(clientTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the client the mail DNS records to set and each new mailbox password once', async () => {
    const d = domain();
    const serviceId = await payForService(t, clientId, d, { mail: { mailboxes: 1, quotaMiB: 100 } });
    await waitForStatus(t, serviceId, 'ACTIVE');
    const dns = await t.gql(`query($id: ID!) { serviceMailDnsRecords(serviceId: $id) { type name value priority } }`, { id: serviceId }, { token: ownerToken });
    const records = dns.data!.serviceMailDnsRecords;
    expect(records).toContainEqual({ type: 'MX', name: d, value: '127.0.0.1.', priority: 10 });
    expect(records).toContainEqual({ type: 'TXT', name: `dkim._domainkey.${d}`, value: s.mailcow.dkim.get(d), priority: null });
    expect(records.map((r: any) => r.name)).toContain(`_dmarc.${d}`);

    const [box] = await t.db.query(`SELECT id FROM service_resources WHERE service_id = $1 AND kind = 'MAILBOX'`, [serviceId]);
    const REVEAL = `mutation($id: ID!) { revealMailboxPassword(resourceId: $id) }`;
    const stranger = await loginAs(t, await createUser(t));
    expect((await t.gql(REVEAL, { id: box.id }, { token: stranger })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const first = await t.gql(REVEAL, { id: box.id }, { token: ownerToken });
    expect(first.data!.revealMailboxPassword).toBe(s.mailcow.passwords.get(`info@${d}`));
    const second = await t.gql(REVEAL, { id: box.id }, { token: ownerToken });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rides out a 429 with retry-after and 5xx answers without duplicating anything', async () => {
    const d = domain();
    s.digitalocean.inject({ method: 'POST', path: /^\/v2\/droplets$/, times: 1, effect: { status: 429, body: { id: 'too_many_requests', message: 'API rate limit exceeded.' }, headers: { 'retry-after': '1' } } });
    s.mailcow.inject({ method: 'POST', path: /add\/domain/, times: 2, effect: { status: 503, body: { type: 'error', msg: 'unavailable' } } });
    s.borgbase.inject({ method: 'POST', path: /graphql/, body: /repoAdd/, times: 1, afterHandling: true, effect: { status: 502, body: 'bad gateway' } });
    const started = Date.now();
    const serviceId = await payForService(t, clientId, d);
    await waitForStatus(t, serviceId, 'ACTIVE');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(1);
    expect(s.mailcow.adds.filter((a) => a === `domain:${d}`)).toHaveLength(1);
    const repoNames = s.borgbase.added.filter((name) => name.startsWith('coop-'));
    expect(new Set(repoNames).size).toBe(repoNames.length);
  });

  it('gives the droplet a cloud-init with a user per ops member that validates', async () => {
    const serviceId = await payForService(t, clientId, domain());
    await waitForStatus(t, serviceId, 'ACTIVE');
    const [row] = await t.db.query(`SELECT handle FROM service_resources WHERE service_id = $1 AND kind = 'DROPLET'`, [serviceId]);
    const userData = s.digitalocean.userData.get(Number(row.handle.dropletId))!;
    expect(userData.startsWith('#cloud-config\n')).toBe(true);
    const config = parse(userData);
    expect(config.users).toEqual([expect.objectContaining({ name: 'joops', ssh_authorized_keys: [opsKey], groups: ['sudo'] })]);
    const schema = JSON.parse(readFileSync(sharedSpec('cloud-init/schema-cloud-config-v1.json'), 'utf8'));
    delete schema.$schema;
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    const borgmatic = parse(config.write_files.find((f: any) => f.path === '/etc/borgmatic/config.yaml').content);
    const repo = [...s.borgbase.repos.values()].find((r) => r.repoPath === borgmatic.repositories[0].path);
    expect(repo).toBeDefined();
    expect(repo!.appendOnly).toBe(true);

    // A new ops key later: the server is flagged as out of date, and reconciliation notes it once.
    const OUTDATED = `query($id: ID!) { serviceResources(serviceId: $id) { kind opsUsersOutdated } }`;
    const before = await t.gql(OUTDATED, { id: serviceId }, { token: opsToken });
    expect(before.data!.serviceResources.find((r: any) => r.kind === 'DROPLET').opsUsersOutdated).toBe(false);
    const newcomer = await createUser(t, { staffRole: 'OPS', email: 'new.ops@coop.example' });
    await addSshKey(t, newcomer);
    const after = await t.gql(OUTDATED, { id: serviceId }, { token: opsToken });
    expect(after.data!.serviceResources.find((r: any) => r.kind === 'DROPLET').opsUsersOutdated).toBe(true);
    await t.app.get(ReconcileService).reconcileAll();
    await t.app.get(ReconcileService).reconcileAll();
    const notes = await t.db.query(`SELECT message FROM resource_runs WHERE service_id = $1 AND outcome = 'DRIFT'`, [serviceId]);
    expect(notes.filter((n: any) => n.message.startsWith('ops users out of date'))).toHaveLength(1);
    await t.db.query(`DELETE FROM users WHERE id = $1`, [newcomer.id]);
  });

  it('hides a service from people outside its client', async () => {
    const stranger = await createUser(t);
    const serviceId = await payForService(t, clientId, domain(), { mail: { mailboxes: 1, quotaMiB: 100 } });
    const res = await t.gql(RESOURCES, { id: serviceId }, { token: await loginAs(t, stranger) });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await waitForStatus(t, serviceId, 'ACTIVE');
  });

  it('adopts a mail domain that already exists at the partner instead of adding it again', async () => {
    const d = domain();
    s.mailcow.seedDomain(d);
    const serviceId = await payForService(t, clientId, d, { mail: { mailboxes: 1, quotaMiB: 100 } });
    await waitForStatus(t, serviceId, 'ACTIVE');
    expect(s.mailcow.adds.filter((a) => a === `domain:${d}`)).toHaveLength(1);
    const log = await t.db.query(`SELECT message FROM resource_runs WHERE service_id = $1 AND outcome = 'SUCCEEDED' AND step = 'ENSURE'`, [serviceId]);
    expect(log.map((l: any) => l.message)).toContain('adopted an existing object');
  });

  it('marks a resource FAILED on a 422, degrades the service and reports an incident; retry works once fixed', async () => {
    const serviceId = await payForService(t, clientId, domain(), { website: { size: 's-8vcpu-16gb', region: 'ams3' } });
    await waitForStatus(t, serviceId, 'DEGRADED');
    expect((await resourcesOf(t, serviceId))[0]).toMatchObject({ kind: 'DROPLET', status: 'FAILED' });
    const incidents = await t.db.query(`SELECT t.number, t.subject, t.body, t.priority, g.slug AS working_group FROM tickets t JOIN working_groups g ON g.id = t.working_group_id WHERE t.service_id = $1 ORDER BY t.number`, [serviceId]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ priority: 'HIGH', working_group: 'infra-ops' });
    expect(incidents[0].subject).toContain('DROPLET');
    expect(incidents[0].body).toContain('not a valid size');
    expect(incidents[0].body).toContain('ENSURE FAILED');
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(0);

    const log = await t.gql(`query($id: ID!) { serviceRunLog(serviceId: $id) { step outcome message } }`, { id: serviceId }, { token: opsToken });
    expect(log.data!.serviceRunLog[0]).toMatchObject({ outcome: 'NOTE', message: `ticket #${incidents[0].number} filed` });
    const denied = await t.gql(`query($id: ID!) { serviceRunLog(serviceId: $id) { step } }`, { id: serviceId }, { token: ownerToken });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    s.digitalocean.sizes.add('s-8vcpu-16gb');
    const retried = await t.gql(`mutation($id: ID!) { retryProvisioning(serviceId: $id) { id status resources { kind status } } }`, { id: serviceId }, { token: opsToken });
    expect(retried.errors).toBeUndefined();
    // The failed droplet is no longer FAILED (the job may already be working on it).
    const [again] = retried.data!.retryProvisioning.resources;
    expect(again.kind).toBe('DROPLET');
    expect(['PENDING', 'CREATING', 'READY']).toContain(again.status);
    await waitForStatus(t, serviceId, 'ACTIVE');
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(1);
  });

  it('suspends (droplet off, mailboxes disabled, backup kept), unsuspends and resizes', async () => {
    const d = domain();
    const serviceId = await payForService(t, clientId, d);
    await waitForStatus(t, serviceId, 'ACTIVE');
    const dropletId = Number((await resourcesOf(t, serviceId)).find((r) => r.kind === 'DROPLET')!.handle.dropletId);

    const suspended = await t.gql(
      `mutation($input: SuspendServiceInput!) { suspendService(input: $input) { status suspensionReason } }`,
      { input: { serviceId, reason: 'MANUAL', note: 'requested by the client' } },
      { token: opsToken },
    );
    expect(suspended.data!.suspendService).toEqual({ status: 'SUSPENDED', suspensionReason: 'MANUAL' });
    await expect.poll(() => s.digitalocean.droplets.get(dropletId)?.status, { timeout: 20_000 }).toBe('off');
    await expect.poll(() => s.mailcow.mailboxes.get(`mail2@${d}`)?.active, { timeout: 20_000 }).toBe(0);
    expect(s.borgbase.repos.size).toBeGreaterThan(0);

    await t.gql(`mutation($input: UnsuspendServiceInput!) { unsuspendService(input: $input) { status } }`, { input: { serviceId, note: 'paid' } }, { token: opsToken });
    await waitForStatus(t, serviceId, 'ACTIVE');
    expect(s.digitalocean.droplets.get(dropletId)!.status).toBe('active');
    expect(s.mailcow.mailboxes.get(`mail2@${d}`)!.active).toBe(1);

    await billingChange(t, serviceId, { spec: { website: { ...FULL_SPEC.website, size: 's-2vcpu-4gb' }, mail: { mailboxes: 1, quotaMiB: 2048 } } });
    await expect.poll(() => s.digitalocean.droplets.get(dropletId)?.size_slug, { timeout: 20_000 }).toBe('s-2vcpu-4gb');
    await expect.poll(() => s.mailcow.mailboxes.has(`mail2@${d}`), { timeout: 20_000 }).toBe(false);
    await expect.poll(() => s.mailcow.mailboxes.get(`info@${d}`)?.quota, { timeout: 20_000 }).toBe(2048 * 1024 * 1024);
    await waitForStatus(t, serviceId, 'ACTIVE');
    expect(s.digitalocean.droplets.get(dropletId)!.status).toBe('active');
  });

  it('retries a failed resize as a resize once the cause is fixed', async () => {
    const serviceId = await payForService(t, clientId, domain(), { website: FULL_SPEC.website });
    await waitForStatus(t, serviceId, 'ACTIVE');
    const [droplet] = s.digitalocean.tagged(`coop:svc:${serviceId}`);
    await billingChange(t, serviceId, { spec: { website: { ...FULL_SPEC.website, size: 's-16vcpu-64gb' } } });
    await waitForStatus(t, serviceId, 'DEGRADED');
    expect((await resourcesOf(t, serviceId))[0]).toMatchObject({ status: 'FAILED' });
    expect(droplet!.status).toBe('active');
    s.digitalocean.sizes.add('s-16vcpu-64gb');
    await t.gql(`mutation($id: ID!) { retryProvisioning(serviceId: $id) { id } }`, { id: serviceId }, { token: opsToken });
    await waitForStatus(t, serviceId, 'ACTIVE');
    expect(droplet!.size_slug).toBe('s-16vcpu-64gb');
    expect(droplet!.status).toBe('active');
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(1);
  });

  it('terminates: droplet and mail destroyed, the backup repository kept', async () => {
    const d = domain();
    const serviceId = await payForService(t, clientId, d);
    await waitForStatus(t, serviceId, 'ACTIVE');
    const reposBefore = s.borgbase.repos.size;
    await billingChange(t, serviceId, { status: 'TERMINATING' });
    await waitForStatus(t, serviceId, 'TERMINATED');
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(0);
    expect(s.mailcow.domains.has(d)).toBe(false);
    expect(s.mailcow.mailboxes.has(`info@${d}`)).toBe(false);
    expect(s.borgbase.repos.size).toBe(reposBefore);

    // The repository goes only after the retention window (7 daily, 4 weekly, 6 monthly: 186 days).
    const purge = t.app.get(BackupRetentionService);
    t.clock.advance(180 * 24 * 3600 * 1000);
    expect(await purge.purgeExpired()).toBe(0);
    t.clock.advance(7 * 24 * 3600 * 1000);
    expect(await purge.purgeExpired()).toBe(1);
    expect(s.borgbase.repos.size).toBe(reposBefore - 1);
    const [backup] = await t.db.query(`SELECT status FROM service_resources WHERE service_id = $1 AND kind = 'BACKUP_REPO'`, [serviceId]);
    expect(backup.status).toBe('DELETED');
    t.clock.set(new Date());
  });

  it('finds a droplet deleted behind our back and re-creates it', async () => {
    const serviceId = await payForService(t, clientId, domain());
    await waitForStatus(t, serviceId, 'ACTIVE');
    const [before] = s.digitalocean.tagged(`coop:svc:${serviceId}`);
    s.digitalocean.deleteBehindOurBack(before!.id);

    const report = await t.app.get(ReconcileService).reconcileAll();
    expect(report.drift).toBeGreaterThanOrEqual(1);
    const drift = await t.db.query(`SELECT message FROM resource_runs WHERE service_id = $1 AND outcome = 'DRIFT'`, [serviceId]);
    expect(drift[0].message).toContain('missing');
    const incidents = await t.db.query(`SELECT t.number, t.subject, t.body, t.priority, g.slug AS working_group FROM tickets t JOIN working_groups g ON g.id = t.working_group_id WHERE t.service_id = $1 ORDER BY t.number`, [serviceId]);
    expect(incidents[0].subject).toContain('vanished');
    await waitForStatus(t, serviceId, 'ACTIVE');
    const after = s.digitalocean.tagged(`coop:svc:${serviceId}`);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before!.id);
  });

  it('powers a droplet back on when reconciliation finds it off while the service is active', async () => {
    const serviceId = await payForService(t, clientId, domain(), { website: FULL_SPEC.website });
    await waitForStatus(t, serviceId, 'ACTIVE');
    const [droplet] = s.digitalocean.tagged(`coop:svc:${serviceId}`);
    droplet!.status = 'off';
    await t.app.get(ReconcileService).reconcileAll();
    await expect.poll(() => droplet!.status, { timeout: 20_000 }).toBe('active');
  });
});
