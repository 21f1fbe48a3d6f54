import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../apps/api/src/database/seed/run-seed';
import { sandboxPartnersSeed } from '../../apps/api/src/database/seed/sandbox-partners.seed';
import { createClient, createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { FULL_SPEC, payForService, PROVISIONING_TEST_ENV, waitForStatus } from './provisioning-fixtures';

let t: TestApp;
let seeded: string[];

beforeAll(async () => {
  t = await startTestApp({ env: { ...PROVISIONING_TEST_ENV, SANDBOX_DELAY_MS: '5-20' } });
  seeded = [];
  await runSeed({ db: t.db, config: t.config, demo: true, say: (l) => seeded.push(l) }, [sandboxPartnersSeed]);
});

afterAll(() => t?.close());

describe('the embedded demo with sandbox partners', () => {
  it('seeds two simulated partners and an ops member with an SSH key, once', async () => {
    const partners = await t.db.query(`SELECT name, driver FROM partners ORDER BY name`);
    expect(partners).toHaveLength(2);
    expect(partners.every((p: { name: string; driver: string }) => p.driver === 'sandbox' && p.name.includes('simulated'))).toBe(true);
    const [keys] = await t.db.query(`SELECT count(*)::int AS n FROM ssh_keys k JOIN users u ON u.id = k.user_id WHERE u.email = 'ops@coop.local' AND u.staff_role = 'OPS'`);
    expect(keys.n).toBe(1);
    expect(seeded.join('\n')).toContain('ops@coop.local');
    expect(await runSeed({ db: t.db, config: t.config, demo: true, say: () => undefined }, [sandboxPartnersSeed])).toEqual([]);
  });

  it('provisions a paid service end to end, simulated, with the backup off-site', async () => {
    const owner = await createUser(t);
    const client = await createClient(t, owner);
    const serviceId = await payForService(t, client.id, 'demo.example.org', FULL_SPEC);
    await waitForStatus(t, serviceId, 'ACTIVE');

    const res = await t.gql(
      `query($id: ID!) { serviceResources(serviceId: $id) { kind status simulated partner { id name simulated } outputs { name value } } }`,
      { id: serviceId },
      { token: await loginAs(t, owner) },
    );
    const resources = res.data!.serviceResources;
    expect(resources).toHaveLength(5);
    for (const r of resources) {
      expect(r).toMatchObject({ status: 'READY', simulated: true, partner: { simulated: true } });
      expect(r.outputs).toContainEqual({ name: 'simulated', value: 'true' });
    }
    const droplet = resources.find((r: { kind: string }) => r.kind === 'DROPLET');
    const backup = resources.find((r: { kind: string }) => r.kind === 'BACKUP_REPO');
    expect(backup.partner.id).not.toBe(droplet.partner.id);
    const [objects] = await t.db.query(`SELECT count(*)::int AS n FROM sandbox_objects`);
    expect(objects.n).toBe(5);
  });
});
