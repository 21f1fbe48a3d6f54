import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createUser, loginAs, type TestClient, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { applyJobs, count, INVOICES, MARK_PAID, MY_SERVICES, NOTICES, PURCHASE, seedCatalog } from './billing-support';

// The default gateway (no STRIPE_SECRET_KEY): numbered invoices, paid by transfer, confirmed by staff.
describe('manual gateway purchase', () => {
  let t: TestApp;
  let owner: TestUser;
  let client: TestClient;
  let token: string;
  let staffToken: string;
  const year = () => t.clock.now().getUTCFullYear();

  beforeAll(async () => {
    // Billing is under test here: jobs are enqueued and asserted on, but no worker provisions them (role api).
    t = await startTestApp({ env: { PROCESS_ROLE: 'api' } });
    await seedCatalog(t);
    owner = await createUser(t);
    client = await createClient(t, owner);
    token = await loginAs(t, owner);
    staffToken = await loginAs(t, await createUser(t, { staffRole: 'OPS' }));
  });
  afterAll(() => t?.close());

  it('lists the demo catalog publicly with CAD prices in minor units', async () => {
    const res = await t.gql(`{ packages { slug name prices { cycle amount currency formattedAmount } } }`);
    expect(res.data?.packages.map((p: { slug: string }) => p.slug).sort()).toEqual(['mail', 'website', 'website-mail']);
    const website = res.data?.packages.find((p: { slug: string }) => p.slug === 'website');
    expect(website.prices).toContainEqual({ cycle: 'MONTHLY', amount: 2500, currency: 'CAD', formattedAmount: '$25.00' });
  });

  it('makes one pending order with a numbered invoice, and the same request again returns it', async () => {
    const input = { clientId: client.id, packageSlug: 'website', cycle: 'MONTHLY', domain: 'Example.ORG.' };
    const first = await t.gql(PURCHASE, { input }, { token });
    expect(first.errors).toBeUndefined();
    const p = first.data!.purchasePackage;
    expect(p.order).toMatchObject({ status: 'PENDING_PAYMENT', domain: 'example.org', serviceId: null });
    expect(p.checkoutUrl).toBeNull();
    expect(p.invoice).toMatchObject({ number: `INV-${year()}-0001`, amount: 2500, currency: 'CAD', status: 'OPEN' });
    const again = await t.gql(PURCHASE, { input }, { token });
    expect(again.data!.purchasePackage.order.id).toBe(p.order.id);
    expect(again.data!.purchasePackage.invoice.id).toBe(p.invoice.id);
    expect(await count(t, 'orders WHERE client_id = $1', [client.id])).toBe(1);
    expect(await count(t, 'invoices WHERE client_id = $1', [client.id])).toBe(1);
  });

  it('refuses a domain that is not a fully qualified name, naming the field', async () => {
    for (const domain of ['localhost', 'not a domain', 'exa_mple.org', '']) {
      const res = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'mail', cycle: 'MONTHLY', domain } }, { token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
    }
  });

  it('numbers invoices without gaps, even when a purchase fails half way', async () => {
    await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'mail', cycle: 'YEARLY', domain: 'bad domain' } }, { token });
    const res = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'mail', cycle: 'YEARLY', domain: 'mail.example.org' } }, { token });
    expect(res.data!.purchasePackage.invoice).toMatchObject({ number: `INV-${year()}-0002`, amount: 12000 });
  });

  it('numbers concurrent purchases without gaps or duplicates', async () => {
    const before = await count(t, 'invoices');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'mail', cycle: 'MONTHLY', domain: `c${i}.example.org` } }, { token }),
      ),
    );
    const numbers = results.map((r) => Number(r.data!.purchasePackage.invoice.number.split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
    // And the same request racing itself is still one order.
    const same = await Promise.all(
      Array.from({ length: 4 }, () => t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'mail', cycle: 'MONTHLY', domain: 'race.example.org' } }, { token })),
    );
    expect(new Set(same.map((r) => r.data!.purchasePackage.order.id)).size).toBe(1);
    expect(await count(t, `orders WHERE domain = 'race.example.org'`)).toBe(1);
    expect(await count(t, 'invoices')).toBe(before + 9);
  });

  it('only staff can mark an invoice paid', async () => {
    const [invoice] = (await t.gql(INVOICES, { clientId: client.id }, { token })).data!.invoices;
    const res = await t.gql(MARK_PAID, { input: { invoiceId: invoice.id, reference: 'self-service' } }, { token });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('marking paid has the effects of invoice.paid: order PAID, service PROVISIONING, one provisioning job, once', async () => {
    const invoice = (await t.db.query(`SELECT id FROM invoices WHERE client_id = $1 AND amount_minor = 2500`, [client.id]))[0];
    const paid = await t.gql(MARK_PAID, { input: { invoiceId: invoice.id, reference: 'e-transfer 7731' } }, { token: staffToken });
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.markInvoicePaid).toMatchObject({ status: 'PAID', paymentReference: 'e-transfer 7731' });
    const again = await t.gql(MARK_PAID, { input: { invoiceId: invoice.id, reference: 'again' } }, { token: staffToken });
    expect(again.data!.markInvoicePaid).toMatchObject({ status: 'PAID', paymentReference: 'e-transfer 7731' });

    const services = (await t.gql(MY_SERVICES, { clientId: client.id }, { token })).data!.myServices;
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({ status: 'PROVISIONING', domain: 'example.org', package: { slug: 'website' } });
    expect(await applyJobs(t, services[0].id)).toEqual([{ serviceId: services[0].id }]);
    const [order] = await t.db.query('SELECT status, service_id FROM orders WHERE client_id = $1 AND domain = $2', [client.id, 'example.org']);
    expect(order).toMatchObject({ status: 'PAID', service_id: services[0].id });
    const [svc] = await t.db.query('SELECT spec FROM services WHERE id = $1', [services[0].id]);
    expect(svc.spec).toMatchObject({ domain: 'example.org', website: { size: 's-1vcpu-2gb' } });
    expect(await count(t, `events WHERE action = 'service.created' AND client_id = $1`, [client.id])).toBe(1);
    const notices = (await t.gql(NOTICES, { clientId: client.id }, { token })).data!.billingNotices;
    expect(notices.map((n: { kind: string }) => n.kind)).toContain('ORDER_PAID');
  });

  it('issues the next period invoice once, a payment term before the period ends', async () => {
    const [svc] = await t.db.query('SELECT service_id, current_period_end FROM service_billing WHERE client_id = $1', [client.id]);
    const { DunningService } = await import('../../apps/api/src/modules/billing/dunning.service');
    const daily = t.app.get(DunningService);
    expect((await daily.run()).renewalInvoices).toBe(0);
    const issuedSoFar = await count(t, 'invoices');
    t.clock.set(new Date(svc.current_period_end.getTime() - 13 * 86_400_000));
    expect((await daily.run()).renewalInvoices).toBe(1);
    expect((await daily.run()).renewalInvoices).toBe(0);
    const renewals = await t.db.query(`SELECT number, period_start, due_at FROM invoices WHERE service_id = $1 AND period_start = $2`, [svc.service_id, svc.current_period_end]);
    expect(renewals).toHaveLength(1);
    expect(renewals[0].number).toBe(`INV-${year()}-${String(issuedSoFar + 1).padStart(4, '0')}`);
  });

  it('suspends when the renewal stays unpaid past grace, and paying it unsuspends and extends the period', async () => {
    const { DunningService } = await import('../../apps/api/src/modules/billing/dunning.service');
    const daily = t.app.get(DunningService);
    const [sb] = await t.db.query('SELECT service_id, current_period_end FROM service_billing WHERE client_id = $1', [client.id]);
    const [renewal] = await t.db.query('SELECT id, due_at, period_end FROM invoices WHERE service_id = $1 AND period_start = $2', [sb.service_id, sb.current_period_end]);
    t.clock.set(new Date(renewal.due_at.getTime() + 6 * 86_400_000));
    expect((await daily.run()).suspended).toBe(0);
    t.clock.set(new Date(renewal.due_at.getTime() + 7 * 86_400_000 + 60_000));
    expect((await daily.run()).suspended).toBe(1);
    expect((await daily.run()).suspended).toBe(0);
    const [suspended] = await t.db.query('SELECT status, suspension_reason FROM services WHERE id = $1', [sb.service_id]);
    expect(suspended).toEqual({ status: 'SUSPENDED', suspension_reason: 'OVERDUE' });

    const staff = await loginAs(t, await createUser(t, { staffRole: 'OPS' }));
    const paid = await t.gql(MARK_PAID, { input: { invoiceId: renewal.id, reference: 'late transfer' } }, { token: staff });
    expect(paid.errors).toBeUndefined();
    const [back] = await t.db.query('SELECT s.status, sb.current_period_end FROM services s JOIN service_billing sb ON sb.service_id = s.id WHERE s.id = $1', [sb.service_id]);
    expect(back.status).toBe('PROVISIONING');
    expect(back.current_period_end).toEqual(renewal.period_end);
    expect(await applyJobs(t, sb.service_id)).toHaveLength(3);
    const after = await daily.run();
    expect(after).toMatchObject({ suspended: 0, unsuspended: 0, renewalInvoices: 0 });
  });

  it('has no Stripe webhook when Stripe is not configured', async () => {
    const before = await count(t, 'billing_events');
    const res = await t.http.post('/webhooks/stripe').set('Content-Type', 'application/json').send('{"id":"evt_1"}');
    expect(res.status).toBe(404);
    expect(await count(t, 'billing_events')).toBe(before);
  });

  it('lists every service for staff with a filter and pages, and not for clients', async () => {
    token = await loginAs(t, owner); // the renewal test moved the clock past the session lifetime
    staffToken = await loginAs(t, await createUser(t, { staffRole: 'OPS' }));
    const q = `query($f: ServicesFilter, $first: Int) { services(filter: $f, first: $first) { totalCount edges { node { domain status } } pageInfo { hasNextPage } } }`;
    expect((await t.gql(q, { f: null, first: 5 }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = await t.gql(q, { f: { clientId: client.id, status: 'PROVISIONING' }, first: 5 }, { token: staffToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.services).toMatchObject({ totalCount: 1, edges: [{ node: { domain: 'example.org', status: 'PROVISIONING' } }], pageInfo: { hasNextPage: false } });
  });

  it('expires manual orders left unpaid a suspension window past due, voiding their invoice once', async () => {
    const { DunningService } = await import('../../apps/api/src/modules/billing/dunning.service');
    const [order] = await t.db.query(`SELECT o.id, i.id AS invoice_id, i.number, i.due_at FROM orders o JOIN invoices i ON i.order_id = o.id WHERE o.domain = 'mail.example.org'`);
    t.clock.set(new Date(order.due_at.getTime() + 29 * 86_400_000));
    await t.app.get(DunningService).run();
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [order.id]))[0].status).toBe('PENDING_PAYMENT');
    t.clock.set(new Date(order.due_at.getTime() + 30 * 86_400_000));
    expect((await t.app.get(DunningService).run()).expiredOrders).toBeGreaterThanOrEqual(1);
    expect((await t.app.get(DunningService).run()).expiredOrders).toBe(0);
    const [after] = await t.db.query('SELECT o.status, i.status AS invoice_status, i.number FROM orders o JOIN invoices i ON i.order_id = o.id WHERE o.id = $1', [order.id]);
    expect(after).toEqual({ status: 'EXPIRED', invoice_status: 'VOID', number: order.number });
    const staff = await loginAs(t, await createUser(t, { staffRole: 'OPS' }));
    const res = await t.gql(MARK_PAID, { input: { invoiceId: order.invoice_id, reference: 'too late' } }, { token: staff });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceId' });
  });
});
