import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, createUser, loginAs, type TestClient, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { applyJobs, count, MARK_PAID, PURCHASE, seedCatalog } from './billing-support';

const CREATE = `mutation($input: CreatePackageInput!) { createPackage(input: $input) { slug active graceDays prices { id cycle amount currency } } }`;
const UPDATE = `mutation($input: UpdatePackageInput!) { updatePackage(input: $input) { slug name prices { id cycle amount } } }`;
const RETIRE = `mutation($input: RetirePackageInput!) { retirePackage(input: $input) { slug active } }`;
const CHANGE = `mutation($input: ChangeServicePackageInput!) { changeServicePackage(input: $input) { id status package { slug } } }`;
const CANCEL = `mutation($input: CancelServiceInput!) { cancelService(input: $input) { id status cancelAtPeriodEnd } }`;
const ECONOMICS = `{ economics { overheadBasisPoints total { monthlyRevenue partnerCostMonthly marginMonthly breakEvenRevenue arithmetic } byPackage { key services monthlyRevenue } } }`;

// Catalog administration, package changes with the manual gateway's prorated invoice, cancellation,
// and the admin economics report.
describe('catalog, package changes and economics (manual gateway)', () => {
  let t: TestApp;
  let admin: TestUser;
  let owner: TestUser;
  let client: TestClient;
  let adminToken: string;
  let token: string;

  beforeAll(async () => {
    // Billing is under test here: jobs are enqueued and asserted on, but no worker provisions them (role api).
    t = await startTestApp({ env: { PROCESS_ROLE: 'api' } });
    await seedCatalog(t);
    admin = await createUser(t, { staffRole: 'ADMIN' });
    owner = await createUser(t);
    client = await createClient(t, owner);
  });
  beforeEach(async () => {
    adminToken = await loginAs(t, admin);
    token = await loginAs(t, owner);
  });
  afterAll(() => t?.close());

  const buyAndPay = async (packageSlug: string, domain: string) => {
    const res = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug, cycle: 'MONTHLY', domain } }, { token });
    await t.gql(MARK_PAID, { input: { invoiceId: res.data!.purchasePackage.invoice.id, reference: 'transfer' } }, { token: adminToken });
    const [order] = await t.db.query('SELECT service_id FROM orders WHERE id = $1', [res.data!.purchasePackage.order.id]);
    return order.service_id as string;
  };

  it('lets admins create a package with a validated spec, and nobody else', async () => {
    const input = {
      slug: 'big-website',
      name: 'Big website',
      spec: { website: { size: 's-2vcpu-4gb', region: 'tor1' }, backup: { retention: { daily: 7, weekly: 4, monthly: 12 } } },
      graceDays: 10,
      prices: [{ cycle: 'MONTHLY', amount: 6000, currency: 'CAD', partnerCost: 2400 }],
    };
    expect((await t.gql(CREATE, { input }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(CREATE, { input: { ...input, spec: { website: { size: 'S 2', region: 'tor1' } } } }, { token: adminToken });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spec.website.size' });
    expect(bad.errors?.[0].message).toBe('spec.website.size: must be a lower-case slug (a-z, 0-9, -)');
    const created = await t.gql(CREATE, { input }, { token: adminToken });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPackage).toMatchObject({ slug: 'big-website', active: true, graceDays: 10, prices: [{ cycle: 'MONTHLY', amount: 6000, currency: 'CAD' }] });
    expect((await t.gql(CREATE, { input }, { token: adminToken })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('a price change makes a new price; services bought before keep theirs', async () => {
    const serviceId = await buyAndPay('big-website', 'old-price.example.org');
    const before = (await t.db.query('SELECT price_id FROM service_billing WHERE service_id = $1', [serviceId]))[0].price_id;
    const res = await t.gql(UPDATE, { input: { slug: 'big-website', name: 'Large website', prices: [{ cycle: 'MONTHLY', amount: 6500, currency: 'CAD', partnerCost: 2400 }] } }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePackage.name).toBe('Large website');
    expect(res.data!.updatePackage.prices[0].amount).toBe(6500);
    expect(res.data!.updatePackage.prices[0].id).not.toBe(before);
    const [kept] = await t.db.query('SELECT sb.price_id, pp.amount_minor, pp.active FROM service_billing sb JOIN package_prices pp ON pp.id = sb.price_id WHERE sb.service_id = $1', [serviceId]);
    expect(kept).toMatchObject({ price_id: before, amount_minor: 6000, active: false });
  });

  it('shows partner costs to admins only', async () => {
    const admins = await t.gql(`{ allPackages { slug prices { cycle partnerCost } } }`, {}, { token: adminToken });
    expect(admins.data!.allPackages.find((p: { slug: string }) => p.slug === 'big-website').prices).toEqual([{ cycle: 'MONTHLY', partnerCost: 2400 }]);
    const publicList = await t.gql(`{ packages { slug prices { partnerCost } } }`, {}, { token });
    expect(publicList.data!.packages.flatMap((p: { prices: { partnerCost: number | null }[] }) => p.prices.map((x) => x.partnerCost)).every((c: number | null) => c === null)).toBe(true);
    expect((await t.gql(`{ package(slug: "big-website") { prices { partnerCost } } }`)).data!.package.prices[0].partnerCost).toBeNull();
  });

  it('retiring takes a package off sale but keeps it readable', async () => {
    const res = await t.gql(RETIRE, { input: { slug: 'big-website' } }, { token: adminToken });
    expect(res.data!.retirePackage).toMatchObject({ active: false });
    const list = (await t.gql(`{ packages { slug } }`)).data!.packages.map((p: { slug: string }) => p.slug);
    expect(list).not.toContain('big-website');
    expect((await t.gql(`{ package(slug: "big-website") { slug active } }`)).data!.package).toEqual({ slug: 'big-website', active: false });
    const buy = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'big-website', cycle: 'MONTHLY', domain: 'x.example.org' } }, { token });
    expect(buy.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'packageSlug' });
  });

  it('changing package mid-period issues a prorated invoice and re-applies the service spec', async () => {
    const serviceId = await buyAndPay('website', 'grow.example.org');
    const [sb] = await t.db.query('SELECT current_period_start, current_period_end FROM service_billing WHERE service_id = $1', [serviceId]);
    const half = (sb.current_period_end.getTime() - sb.current_period_start.getTime()) / 2;
    t.clock.set(new Date(sb.current_period_start.getTime() + half));
    token = await loginAs(t, owner);
    const res = await t.gql(CHANGE, { input: { serviceId, packageSlug: 'website-mail' } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeServicePackage.package.slug).toBe('website-mail');
    const [svc] = await t.db.query('SELECT spec FROM services WHERE id = $1', [serviceId]);
    expect(svc.spec).toMatchObject({ domain: 'grow.example.org', mail: { mailboxes: 5 } });
    // Website 25.00 -> Website + Mail 35.00 at half the period: +17.50 - 12.50 = 5.00.
    const [invoice] = await t.db.query(`SELECT id, amount_minor FROM invoices WHERE service_id = $1 AND order_id IS NULL`, [serviceId]);
    expect(invoice.amount_minor).toBe(500);
    const lines = await t.db.query('SELECT amount_minor FROM invoice_lines WHERE invoice_id = $1 ORDER BY position', [invoice.id]);
    expect(lines.map((l: { amount_minor: number }) => l.amount_minor)).toEqual([-1250, 1750]);
    expect(await applyJobs(t, serviceId)).toHaveLength(2);
  });

  it('only an owner may change or cancel, and a cancelled-now service goes TERMINATING with a job', async () => {
    const serviceId = await buyAndPay('mail', 'leaving.example.org');
    const member = await createUser(t);
    await t.db.query(`INSERT INTO client_members (client_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [client.id, member.id]);
    const memberToken = await loginAs(t, member);
    expect((await t.gql(CANCEL, { input: { serviceId, atPeriodEnd: false } }, { token: memberToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = await t.gql(CANCEL, { input: { serviceId, atPeriodEnd: false } }, { token });
    expect(res.data!.cancelService.status).toBe('TERMINATING');
    expect(await applyJobs(t, serviceId)).toHaveLength(2);
    expect((await t.gql(CANCEL, { input: { serviceId, atPeriodEnd: false } }, { token })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('shows admins the economics with the break-even arithmetic; the overhead ratio is a setting', async () => {
    expect((await t.gql(ECONOMICS, {}, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = await t.gql(ECONOMICS, {}, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const e = res.data!.economics;
    expect(e.overheadBasisPoints).toBe(8700);
    // Live: big-website 60.00 (cost 24.00) + website-mail 35.00 (cost 15.00); the mail service is terminating.
    expect(e.total).toMatchObject({ monthlyRevenue: 9500, partnerCostMonthly: 3900, marginMonthly: 5600, breakEvenRevenue: 30000 });
    expect(e.total.arithmetic).toContain('÷ (100% − 87.00% overhead = 13.00%)');
    expect(e.byPackage.map((g: { key: string }) => g.key)).toEqual(['big-website', 'website-mail']);
    const updated = await t.gql(`mutation { updateBillingSettings(input: { overheadBasisPoints: 5000 }) { overheadBasisPoints total { breakEvenRevenue } } }`, {}, { token: adminToken });
    expect(updated.data!.updateBillingSettings).toEqual({ overheadBasisPoints: 5000, total: { breakEvenRevenue: 7800 } });
    expect(await count(t, 'billing_settings')).toBe(1);
  });

  it('splits partner costs across the partners that host each service', async () => {
    const [hoster] = await t.db.query(`INSERT INTO partners (name, driver, api_base_url) VALUES ('Hoster Coop', 'sandbox', 'sandbox://h') RETURNING id`);
    const [backups] = await t.db.query(`INSERT INTO partners (name, driver, api_base_url) VALUES ('Backup Coop', 'sandbox', 'sandbox://b') RETURNING id`);
    const [svc] = await t.db.query(`SELECT s.id FROM services s JOIN packages p ON p.id = s.package_id WHERE p.slug = 'website-mail' AND s.status = 'PROVISIONING'`);
    const place = (key: string, kind: string, partner: string) =>
      t.db.query(`INSERT INTO service_resources (service_id, key, kind, partner_id, placement_reason) VALUES ($1, $2, $3, $4, 'test')`, [svc.id, key, kind, partner]);
    await place('droplet', 'DROPLET', hoster.id);
    await place('mail', 'MAIL_DOMAIN', hoster.id);
    await place('backup', 'BACKUP_REPO', backups.id);
    const res = await t.gql(`{ economics { byPartner { key services monthlyRevenue partnerCostMonthly } total { partnerCostMonthly monthlyRevenue } } }`, {}, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const byPartner = Object.fromEntries(res.data!.economics.byPartner.map((g: { key: string }) => [g.key, g]));
    // website-mail: 35.00 revenue, 15.00 partner cost split 2:1 by resources.
    expect(byPartner['Hoster Coop']).toMatchObject({ services: 1, monthlyRevenue: 3500, partnerCostMonthly: 1000 });
    expect(byPartner['Backup Coop']).toMatchObject({ services: 0, monthlyRevenue: 0, partnerCostMonthly: 500 });
    expect(byPartner.unplaced).toMatchObject({ services: 1, monthlyRevenue: 6000, partnerCostMonthly: 2400 });
    expect(res.data!.economics.total).toEqual({ partnerCostMonthly: 3900, monthlyRevenue: 9500 });
  });

  it("takes the service's order lock first, like payment events do, so the two cannot deadlock", async () => {
    const serviceId = await buyAndPay('website', 'locked.example.org');
    // a payment event in flight: it holds the order row (and would next lock the service and its billing row)
    const event = t.db.createQueryRunner();
    await event.connect();
    await event.startTransaction();
    try {
      await event.query('SELECT 1 FROM orders WHERE service_id = $1 FOR UPDATE', [serviceId]);
      const change = t.gql(CHANGE, { input: { serviceId, packageSlug: 'website-mail' } }, { token });
      const cancel = t.gql(CANCEL, { input: { serviceId, atPeriodEnd: true } }, { token });
      // both wait on the order row, before touching the service or its billing row
      await expect
        .poll(async () => {
          const rows = await t.db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'SELECT 1 FROM orders WHERE service_id%'`,
          );
          return rows[0].n;
        }, { timeout: 10_000 })
        .toBe(2);
      const [locks] = await t.db.query(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE c.relname IN ('services', 'service_billing') AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid() AND l.pid <> $1`,
        [(await event.query('SELECT pg_backend_pid() AS pid'))[0].pid],
      );
      expect(locks.n).toBe(0);
      await event.commitTransaction();
      const [changed, cancelled] = await Promise.all([change, cancel]);
      expect(changed.errors).toBeUndefined();
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data!.cancelService.cancelAtPeriodEnd).toBe(true);
    } finally {
      if (event.isTransactionActive) await event.rollbackTransaction();
      await event.release();
    }
  });
});
