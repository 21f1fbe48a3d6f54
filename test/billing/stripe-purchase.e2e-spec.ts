import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DunningService } from '../../apps/api/src/modules/billing/dunning.service';
import { PriceSyncService } from '../../apps/api/src/modules/billing/price-sync.service';
import { StripeStandIn } from '../stand-ins/stripe/stripe-stand-in';
import { createClient, createUser, loginAs, type TestClient, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { applyJobs, count, INVOICES, MY_SERVICES, NOTICES, ORDERS, PURCHASE, seedCatalog } from './billing-support';

const DAY = 86_400_000;

// The whole Stripe path: the real `stripe` client inside the app talks to the stand-in, and the
// stand-in delivers signed webhooks back to POST /webhooks/stripe.
describe('Stripe purchase, webhooks and dunning', () => {
  let stripe: StripeStandIn;
  let t: TestApp;
  let owner: TestUser;
  let client: TestClient;
  let token: string;
  let domainSeq = 0;

  const purchase = async (packageSlug = 'website', cycle = 'MONTHLY') => {
    const domain = `site${++domainSeq}.example.org`;
    const res = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug, cycle, domain } }, { token });
    expect(res.errors).toBeUndefined();
    const p = res.data!.purchasePackage;
    const [order] = await t.db.query('SELECT checkout_session_id FROM orders WHERE id = $1', [p.order.id]);
    return { ...p, domain, sessionId: order.checkout_session_id as string };
  };
  /** Purchase, pay on the Checkout page, deliver: a PROVISIONING service. */
  const buy = async () => {
    const p = await purchase();
    const { subscription } = stripe.state.completeCheckout(p.sessionId);
    await stripe.deliver();
    const [svc] = await t.db.query('SELECT service_id FROM orders WHERE id = $1', [p.order.id]);
    return { ...p, subscriptionId: subscription.id, serviceId: svc.service_id as string };
  };
  const serviceRow = async (id: string) => (await t.db.query('SELECT status, suspension_reason FROM services WHERE id = $1', [id]))[0];
  const daily = () => t.app.get(DunningService).run();

  beforeAll(async () => {
    stripe = await StripeStandIn.start({ now: () => (t ? t.clock.now() : new Date()) });
    // Billing is under test here: jobs are enqueued and asserted on, but no worker provisions them (role api).
    t = await startTestApp({
      env: { PROCESS_ROLE: 'api', STRIPE_SECRET_KEY: stripe.secretKey, STRIPE_WEBHOOK_SECRET: stripe.webhookSecret, STRIPE_API_BASE: stripe.url },
    });
    stripe.webhookUrl = `${t.url}/webhooks/stripe`;
    await seedCatalog(t);
    await t.app.get(PriceSyncService).sync();
    owner = await createUser(t);
    client = await createClient(t, owner);
    token = await loginAs(t, owner);
  });
  beforeEach(async () => {
    // Tests move the clock by weeks; a fresh session keeps the owner logged in.
    if (owner) token = await loginAs(t, owner);
  });
  afterAll(async () => {
    await t?.close();
    await stripe?.close();
  });

  it('syncs the catalog to Stripe prices by lookup key', async () => {
    expect(stripe.state.listPrices({ lookup_keys: ['coop_website_monthly'] })[0]).toMatchObject({ unit_amount: 2500, currency: 'cad' });
    expect(await count(t, 'package_prices WHERE gateway_price_id IS NULL')).toBe(0);
  });

  it('purchases end to end: checkout URL, same request same order, paid -> PROVISIONING service and one job', async () => {
    const p = await purchase();
    expect(p.checkoutUrl).toMatch(new RegExp(`^${stripe.url}/c/pay/cs_test_`));
    expect(p.invoice).toBeNull();
    expect(p.order.status).toBe('PENDING_PAYMENT');
    const again = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'website', cycle: 'MONTHLY', domain: p.domain } }, { token });
    expect(again.data!.purchasePackage.order.id).toBe(p.order.id);
    expect(again.data!.purchasePackage.checkoutUrl).toBe(p.checkoutUrl);
    expect(stripe.state.sessions.size).toBe(1);
    expect(stripe.state.customers.size).toBe(1);

    stripe.state.completeCheckout(p.sessionId);
    const results = await stripe.deliver();
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));

    const services = (await t.gql(MY_SERVICES, { clientId: client.id }, { token })).data!.myServices;
    const service = services.find((s: { domain: string }) => s.domain === p.domain);
    expect(service).toMatchObject({ status: 'PROVISIONING', package: { slug: 'website' } });
    expect(await applyJobs(t, service.id)).toHaveLength(1);
    const orders = (await t.gql(ORDERS, { clientId: client.id }, { token })).data!.orders;
    expect(orders.find((o: { id: string }) => o.id === p.order.id).status).toBe('PAID');
    const invoices = (await t.gql(INVOICES, { clientId: client.id }, { token })).data!.invoices;
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ status: 'PAID', amount: 2500 });
    expect(await count(t, 'billing_events')).toBe(results.length);
  });

  it('answers 400 and records nothing for a missing, tampered, wrongly signed or stale signature', async () => {
    const before = await count(t, 'billing_events');
    const p = await purchase();
    stripe.state.completeCheckout(p.sessionId);
    const event = stripe.pending.find((e) => e.type === 'checkout.session.completed')!;
    const body = JSON.stringify(event);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const attempts = [
      {},
      { 'stripe-signature': stripe.signatureHeader(body).replace(/v1=[0-9a-f]{4}/, 'v1=0000') },
      { 'stripe-signature': stripe.signatureHeader(body, { secret: 'whsec_somebody_else' }) },
      { 'stripe-signature': stripe.signatureHeader(body, { timestamp: now - 301 }) },
      { 'stripe-signature': 'garbage' },
    ];
    for (const headers of attempts) expect((await stripe.post(body, headers)).status).toBe(400);
    const forged = body.replace(p.order.id, '00000000-0000-0000-0000-000000000000');
    expect((await stripe.post(forged, { 'stripe-signature': stripe.signatureHeader(body) })).status).toBe(400);
    expect(await count(t, 'billing_events')).toBe(before);
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [p.order.id]))[0].status).toBe('PENDING_PAYMENT');
    await stripe.deliver();
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [p.order.id]))[0].status).toBe('PAID');
  });

  it('acts once on duplicate deliveries, even when they arrive at the same time', async () => {
    const p = await purchase();
    stripe.state.completeCheckout(p.sessionId);
    const results = await stripe.deliver({ duplicate: true, concurrent: true });
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await count(t, 'services WHERE domain = $1', [p.domain])).toBe(1);
    const [order] = await t.db.query('SELECT service_id FROM orders WHERE id = $1', [p.order.id]);
    expect(await applyJobs(t, order.service_id)).toHaveLength(1);
    expect(await count(t, `events WHERE action = 'order.paid' AND subject_id = $1`, [p.order.id])).toBe(1);
    const bodies = results.map((r) => JSON.parse(r.body));
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(results.length / 2);
  });

  it('creates the service when invoice.paid arrives before checkout.session.completed', async () => {
    const p = await purchase();
    stripe.state.completeCheckout(p.sessionId);
    await stripe.deliver({ filter: (e) => e.type === 'invoice.paid' });
    const [order] = await t.db.query('SELECT status, service_id FROM orders WHERE id = $1', [p.order.id]);
    expect(order.status).toBe('PAID');
    await stripe.deliver();
    expect(await count(t, 'services WHERE domain = $1', [p.domain])).toBe(1);
    const [sb] = await t.db.query('SELECT gateway_subscription_id FROM service_billing WHERE service_id = $1', [order.service_id]);
    expect(sb.gateway_subscription_id).toMatch(/^sub_/);
  });

  it('never starts a service when customer.subscription.deleted arrives before checkout.session.completed', async () => {
    const p = await purchase();
    const { subscription } = stripe.state.completeCheckout(p.sessionId);
    stripe.state.cancelSubscription(subscription.id);
    const results = await stripe.deliver({ order: 'reverse' });
    expect(results[0].type).toBe('customer.subscription.deleted');
    expect(await count(t, `services WHERE domain = $1 AND status IN ('PROVISIONING', 'ACTIVE', 'DEGRADED')`, [p.domain])).toBe(0);
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [p.order.id]))[0].status).toBe('CANCELLED');
  });

  it('ends the same way whatever order the events of one purchase arrive in', async () => {
    for (const seed of [1, 2, 3]) {
      const p = await purchase();
      stripe.state.completeCheckout(p.sessionId);
      await stripe.deliver({ order: 'shuffle', seed });
      const [order] = await t.db.query('SELECT status, service_id FROM orders WHERE id = $1', [p.order.id]);
      expect(order.status).toBe('PAID');
      expect(await count(t, 'services WHERE domain = $1', [p.domain])).toBe(1);
    }
  });

  it('failure -> grace -> SUSPENDED/OVERDUE -> paid -> unsuspended, with a job at each step and nothing on a second run', async () => {
    const { serviceId, subscriptionId } = await buy();
    const failed = stripe.state.renew(subscriptionId, { paymentSucceeds: false });
    await stripe.deliver();
    expect((await t.gql(NOTICES, { clientId: client.id }, { token })).data!.billingNotices[0].kind).toBe('PAYMENT_FAILED');
    expect(await count(t, `events WHERE action = 'billing.payment_failed' AND subject_id = $1`, [serviceId])).toBe(1);

    await daily();
    expect(await serviceRow(serviceId)).toMatchObject({ status: 'PROVISIONING' });
    t.clock.advance(7 * DAY + 60_000);
    await daily();
    expect(await serviceRow(serviceId)).toEqual({ status: 'SUSPENDED', suspension_reason: 'OVERDUE' });
    const jobsAfterSuspend = (await applyJobs(t, serviceId)).length;
    expect(jobsAfterSuspend).toBe(2);
    await daily();
    expect((await applyJobs(t, serviceId)).length).toBe(jobsAfterSuspend);
    expect(await count(t, `events WHERE action = 'service.suspended' AND subject_id = $1`, [serviceId])).toBe(1);

    stripe.state.payInvoice(failed.id);
    await stripe.deliver();
    expect(await serviceRow(serviceId)).toEqual({ status: 'PROVISIONING', suspension_reason: null });
    expect((await applyJobs(t, serviceId)).length).toBe(3);
    await daily();
    expect((await applyJobs(t, serviceId)).length).toBe(3);
    const kinds = (await t.gql(NOTICES, { clientId: client.id }, { token })).data!.billingNotices.map((n: { kind: string }) => n.kind);
    expect(kinds.slice(0, 2)).toEqual(['SERVICE_UNSUSPENDED', 'SERVICE_SUSPENDED']);
  });

  it('terminates a service still unpaid after the suspension window', async () => {
    const { serviceId, subscriptionId } = await buy();
    stripe.state.renew(subscriptionId, { paymentSucceeds: false });
    await stripe.deliver();
    t.clock.advance(8 * DAY);
    await daily();
    expect((await serviceRow(serviceId)).status).toBe('SUSPENDED');
    t.clock.advance(29 * DAY);
    await daily();
    expect((await serviceRow(serviceId)).status).toBe('SUSPENDED');
    t.clock.advance(2 * DAY);
    await daily();
    expect((await serviceRow(serviceId)).status).toBe('TERMINATING');
  });

  it('a client hold stops automatic suspension', async () => {
    const staff = await createUser(t, { staffRole: 'OPS' });
    const held = await t.gql(`mutation($input: SetBillingHoldInput!) { setBillingHold(input: $input) }`, { input: { clientId: client.id, hold: true, note: 'member in hardship' } }, { token: await loginAs(t, staff) });
    expect(held.data?.setBillingHold).toBe(true);
    const { serviceId, subscriptionId } = await buy();
    stripe.state.renew(subscriptionId, { paymentSucceeds: false });
    await stripe.deliver();
    t.clock.advance(60 * DAY);
    await daily();
    expect((await serviceRow(serviceId)).status).toBe('PROVISIONING');
    const lifted = await t.gql(`mutation($input: SetBillingHoldInput!) { setBillingHold(input: $input) }`, { input: { clientId: client.id, hold: false } }, { token: await loginAs(t, staff) });
    expect(lifted.data?.setBillingHold).toBe(false);
    await daily();
    expect((await serviceRow(serviceId)).status).toBe('SUSPENDED');
  });

  it('cancels at period end through Stripe and gives a billing portal link', async () => {
    const { serviceId, subscriptionId } = await buy();
    const res = await t.gql(`mutation($input: CancelServiceInput!) { cancelService(input: $input) { id status cancelAtPeriodEnd } }`, { input: { serviceId, atPeriodEnd: true } }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelService).toMatchObject({ status: 'PROVISIONING', cancelAtPeriodEnd: true });
    expect(stripe.state.subscriptions.get(subscriptionId)!.cancel_at_period_end).toBe(true);
    const portal = await t.gql(`query($c: ID!) { billingPortalUrl(clientId: $c) }`, { c: client.id }, { token });
    expect(portal.data!.billingPortalUrl).toMatch(new RegExp(`^${stripe.url}/p/session/`));
  });

  it('waits for a delayed payment method: checkout completed unpaid, then async_payment_succeeded', async () => {
    const p = await purchase();
    stripe.state.completeCheckout(p.sessionId, { paid: false });
    await stripe.deliver();
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [p.order.id]))[0].status).toBe('PENDING_PAYMENT');
    expect(await count(t, 'services WHERE domain = $1', [p.domain])).toBe(0);
    stripe.state.settleAsyncCheckout(p.sessionId, true);
    await stripe.deliver();
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [p.order.id]))[0].status).toBe('PAID');
    expect(await count(t, `services WHERE domain = $1 AND status = 'PROVISIONING'`, [p.domain])).toBe(1);

    const failed = await purchase();
    stripe.state.completeCheckout(failed.sessionId, { paid: false });
    stripe.state.settleAsyncCheckout(failed.sessionId, false);
    await stripe.deliver();
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [failed.order.id]))[0].status).toBe('CANCELLED');
    expect(await count(t, 'services WHERE domain = $1', [failed.domain])).toBe(0);
  });

  it('changes package through Stripe with proration, and a catalog price change leaves the subscription on its price', async () => {
    const { serviceId, subscriptionId } = await buy();
    const oldPrice = stripe.state.subscriptions.get(subscriptionId)!.items.data[0].price.id;
    const admin = await createUser(t, { staffRole: 'ADMIN' });
    const update = await t.gql(
      `mutation($input: UpdatePackageInput!) { updatePackage(input: $input) { prices { cycle amount } } }`,
      { input: { slug: 'website', prices: [{ cycle: 'MONTHLY', amount: 2700, currency: 'CAD', partnerCost: 1200 }] } },
      { token: await loginAs(t, admin) },
    );
    expect(update.errors).toBeUndefined();
    await t.app.get(PriceSyncService).sync();
    const current = stripe.state.listPrices({ lookup_keys: ['coop_website_monthly'] })[0];
    expect(current.unit_amount).toBe(2700);
    expect(current.id).not.toBe(oldPrice);
    expect(stripe.state.subscriptions.get(subscriptionId)!.items.data[0].price.id).toBe(oldPrice);

    const res = await t.gql(
      `mutation($input: ChangeServicePackageInput!) { changeServicePackage(input: $input) { package { slug } } }`,
      { input: { serviceId, packageSlug: 'website-mail' } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const item = stripe.state.subscriptions.get(subscriptionId)!.items.data[0];
    expect(item.price.lookup_key).toBe('coop_website-mail_monthly');
    const call = stripe.requests.find((r) => r.method === 'POST' && r.path === `/v1/subscriptions/${subscriptionId}` && r.params.items);
    expect(call?.params.proration_behavior).toBe('create_prorations');
    await stripe.deliver();
    expect(await applyJobs(t, serviceId)).toHaveLength(2);
  });

  it('follows a package change made in Stripe (billing portal): the service gets the new package and a job', async () => {
    const { serviceId, subscriptionId } = await buy();
    const sub = stripe.state.subscriptions.get(subscriptionId)!;
    const mail = stripe.state.listPrices({ lookup_keys: ['coop_mail_monthly'] })[0];
    stripe.state.updateSubscription(subscriptionId, { items: [{ id: sub.items.data[0].id, price: mail.id }] });
    await stripe.deliver();
    const [svc] = await t.db.query('SELECT p.slug, s.spec FROM services s JOIN packages p ON p.id = s.package_id WHERE s.id = $1', [serviceId]);
    expect(svc.slug).toBe('mail');
    expect(svc.spec.website).toBeUndefined();
    expect(svc.spec.mail).toMatchObject({ mailboxes: 5 });
    expect(await applyJobs(t, serviceId)).toHaveLength(2);
    // The same state reported again changes nothing.
    stripe.state.updateSubscription(subscriptionId, { metadata: { note: 'x' } });
    await stripe.deliver();
    expect(await applyJobs(t, serviceId)).toHaveLength(2);
  });

  it('cancelling now terminates at once, and Stripe’s later subscription.deleted changes nothing more', async () => {
    const { serviceId, subscriptionId } = await buy();
    const res = await t.gql(`mutation($input: CancelServiceInput!) { cancelService(input: $input) { status } }`, { input: { serviceId, atPeriodEnd: false } }, { token });
    expect(res.data!.cancelService.status).toBe('TERMINATING');
    expect(stripe.state.subscriptions.get(subscriptionId)!.status).toBe('canceled');
    const results = await stripe.deliver();
    expect(results.map((r) => r.type)).toContain('customer.subscription.deleted');
    expect(await applyJobs(t, serviceId)).toHaveLength(2);
    expect(await count(t, `events WHERE action = 'service.terminating' AND subject_id = $1`, [serviceId])).toBe(1);
  });

  it('expires the order when its checkout session expires, and a new purchase opens a new order', async () => {
    const p = await purchase();
    stripe.state.expireCheckout(p.sessionId);
    await stripe.deliver();
    expect((await t.db.query('SELECT status FROM orders WHERE id = $1', [p.order.id]))[0].status).toBe('EXPIRED');
    const again = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'website', cycle: 'MONTHLY', domain: p.domain } }, { token });
    expect(again.data!.purchasePackage.order.id).not.toBe(p.order.id);
    expect(again.data!.purchasePackage.order.status).toBe('PENDING_PAYMENT');
  });

  it('sent an idempotency key with every POST to Stripe', () => {
    expect(stripe.postsWithoutIdempotencyKey()).toEqual([]);
  });

  it('shows client B none of client A’s orders, services or invoices', async () => {
    const other = await createUser(t);
    const otherClient = await createClient(t, other);
    const otherToken = await loginAs(t, other);
    for (const q of [MY_SERVICES, INVOICES, ORDERS, NOTICES]) {
      expect((await t.gql(q, { clientId: client.id }, { token: otherToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const own = await t.gql(q, { clientId: otherClient.id }, { token: otherToken });
      expect(Object.values(own.data!)[0]).toEqual([]);
    }
    const [svc] = await t.db.query('SELECT id FROM services WHERE client_id = $1 LIMIT 1', [client.id]);
    const res = await t.gql(`query($id: ID!) { service(id: $id) { id } }`, { id: svc.id }, { token: otherToken });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const cancel = await t.gql(`mutation($input: CancelServiceInput!) { cancelService(input: $input) { id } }`, { input: { serviceId: svc.id, atPeriodEnd: false } }, { token: otherToken });
    expect(cancel.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const buy = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'mail', cycle: 'MONTHLY', domain: 'intruder.example.org' } }, { token: otherToken });
    expect(buy.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
