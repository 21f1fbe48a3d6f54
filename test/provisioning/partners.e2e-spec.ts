import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRETS_CIPHER } from '../../apps/api/src/modules/partners/partners.tokens';
import type { SecretsCipher } from '../../apps/api/src/modules/partners/secrets-cipher';
import { createClient, createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { payForService, PROVISIONING_TEST_ENV, startStandIns, waitForStatus, type StandIns } from './provisioning-fixtures';

let t: TestApp;
let s: StandIns;
let adminToken: string;
let opsToken: string;

const PARTNER_FIELDS = 'id name driver apiBaseUrl regions active coop hasCredentials simulated offers { kind priceCents capacity }';
const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { ${PARTNER_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { ${PARTNER_FIELDS} } }`;
const TEST = `mutation($id: ID!) { testPartnerConnection(id: $id) { ok message } }`;

function doInput(name: string, token: string) {
  return { name, driver: 'DIGITALOCEAN', apiBaseUrl: s.digitalocean.url, regions: ['ams3'], offers: [{ kind: 'DROPLET', priceCents: 500, capacity: 10 }], coop: true, credentials: { token } };
}

beforeAll(async () => {
  s = await startStandIns();
  t = await startTestApp({ env: PROVISIONING_TEST_ENV });
  adminToken = await loginAs(t, await createUser(t, { staffRole: 'ADMIN' }));
  opsToken = await loginAs(t, await createUser(t, { staffRole: 'OPS' }));
});

afterAll(async () => {
  await t?.close();
  await s?.stop();
});

describe('partners', () => {
  it('stores credentials encrypted and never returns them', async () => {
    const res = await t.gql(CREATE, { input: doInput('Green Cloud', s.digitalocean.token) }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPartner).toMatchObject({ name: 'Green Cloud', driver: 'DIGITALOCEAN', hasCredentials: true, simulated: false, offers: [{ kind: 'DROPLET', priceCents: 500, capacity: 10 }] });

    const [row] = await t.db.query('SELECT credentials_encrypted FROM partners WHERE id = $1', [res.data!.createPartner.id]);
    expect(row.credentials_encrypted).not.toContain(s.digitalocean.token);
    expect(t.app.get<SecretsCipher>(SECRETS_CIPHER).decryptJson(row.credentials_encrypted)).toEqual({ token: s.digitalocean.token });

    const type = await t.gql(`{ __type(name: "Partner") { fields { name } } }`, {}, { token: adminToken });
    const fields = type.data!.__type.fields.map((f: { name: string }) => f.name);
    expect(fields.filter((f: string) => /token|key|secret|credential/i.test(f))).toEqual(['hasCredentials']);
    const events = await t.db.query(`SELECT data::text AS data FROM events WHERE subject_type = 'partner'`);
    expect(events.map((e: { data: string }) => e.data).join()).not.toContain(s.digitalocean.token);
  });

  it('is for admins only', async () => {
    const list = await t.gql(`{ partners { id } }`, {}, { token: opsToken });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const create = await t.gql(CREATE, { input: doInput('Ops Cloud', 'x') }, { token: opsToken });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a kind the driver cannot make, and a duplicate name', async () => {
    const bad = await t.gql(CREATE, { input: { ...doInput('Mail Droplets', 't'), offers: [{ kind: 'MAILBOX' }] } }, { token: adminToken });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offers' });
    const dup = await t.gql(CREATE, { input: doInput('green cloud', 't') }, { token: adminToken });
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('tests the connection with the stored credentials, and reports a bad token without echoing it', async () => {
    const created = await t.gql(CREATE, { input: doInput('Tested Cloud', s.digitalocean.token) }, { token: adminToken });
    const id = created.data!.createPartner.id;
    expect((await t.gql(TEST, { id }, { token: adminToken })).data!.testPartnerConnection).toEqual({ ok: true, message: 'Connected' });

    const updated = await t.gql(UPDATE, { input: { id, credentials: { token: 'wrong-token-123' } } }, { token: adminToken });
    expect(updated.data!.updatePartner.hasCredentials).toBe(true);
    const result = (await t.gql(TEST, { id }, { token: adminToken })).data!.testPartnerConnection;
    expect(result.ok).toBe(false);
    expect(result.message).toContain('401');
    expect(result.message).not.toContain('wrong-token-123');
  });

  it('places nothing at a retired partner and says why', async () => {
    const list = await t.gql(`{ partners { id name } }`, {}, { token: adminToken });
    for (const p of list.data!.partners) {
      const retired = await t.gql(`mutation($id: ID!) { retirePartner(id: $id) { active } }`, { id: p.id }, { token: adminToken });
      expect(retired.data!.retirePartner.active).toBe(false);
    }
    const owner = await createUser(t);
    const client = await createClient(t, owner);
    const serviceId = await payForService(t, client.id, 'retired.example.org', { website: { size: 's-1vcpu-1gb', region: 'ams3' } });
    await waitForStatus(t, serviceId, 'DEGRADED');
    const [log] = await t.db.query(`SELECT step, message FROM resource_runs WHERE service_id = $1 AND outcome = 'FAILED'`, [serviceId]);
    expect(log.step).toBe('PLACE');
    expect(log.message).toContain('Green Cloud: retired');
    expect(s.digitalocean.created).toHaveLength(0);
  });
});
