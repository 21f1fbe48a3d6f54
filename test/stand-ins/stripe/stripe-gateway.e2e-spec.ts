import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BillingError,
  BillingErrorCode,
  BillingEvent,
  CatalogPrice,
  lookupKeyFor,
  money,
  StripeGateway,
} from '@coop/billing';
import { StripeStandIn } from './stripe-stand-in';

// StripeGateway (the real `stripe` client) against the stand-in, with a small webhook receiver that
// verifies and maps deliveries exactly as the API's webhook endpoint does.

const price = (slug: string, amount: number, priceId = `${slug}-p1`, cycle: 'MONTHLY' | 'YEARLY' = 'MONTHLY'): CatalogPrice => ({
  priceId,
  packageSlug: slug,
  packageName: slug === 'website' ? 'Website' : 'Mail',
  packageDescription: `${slug} hosting`,
  cycle,
  amount: money(amount, 'CAD'),
  lookupKey: lookupKeyFor(slug, cycle),
});

async function startReceiver(gateway: () => StripeGateway) {
  const received: BillingEvent[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        received.push(gateway().parseWebhook(Buffer.concat(chunks), req.headers['stripe-signature'] as string | undefined));
        res.writeHead(200).end('ok');
      } catch (error) {
        res.writeHead(error instanceof BillingError ? 400 : 500).end((error as Error).message);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`, close: () => server.close() };
}

describe('StripeGateway against the Stripe stand-in', () => {
  let stripe: StripeStandIn;
  let gateway: StripeGateway;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const checkout = (orderId: string, customerId: string, domain = 'example.org', p = price('website', 2500)) =>
    gateway.createCheckout({
      orderId,
      clientId: 'client-1',
      customerId,
      price: p,
      domain,
      successUrl: 'http://portal/ok',
      cancelUrl: 'http://portal/cancel',
      now: new Date(),
    });

  beforeAll(async () => {
    stripe = await StripeStandIn.start();
    receiver = await startReceiver(() => gateway);
    stripe.webhookUrl = receiver.url;
  });
  afterAll(async () => {
    await stripe.close();
    receiver.close();
  });
  beforeEach(() => {
    gateway = new StripeGateway({
      secretKey: stripe.secretKey,
      webhookSecret: stripe.webhookSecret,
      apiBase: stripe.url,
      maxNetworkRetries: 2,
    });
    receiver.received.length = 0;
    stripe.pending = [];
  });

  it('syncs the catalog by lookup key, and a price change makes a new price that takes over the key', async () => {
    const first = await gateway.syncPrices([price('website', 2500), price('mail', 900)]);
    expect(first.map((r) => r.action)).toEqual(['CREATED', 'CREATED']);
    expect(stripe.state.products.get('coop_website')?.name).toBe('Website');

    const again = await gateway.syncPrices([price('website', 2500), price('mail', 900)]);
    expect(again.map((r) => r.action)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(again[0].gatewayPriceId).toBe(first[0].gatewayPriceId);

    const changed = await gateway.syncPrices([price('website', 3000, 'website-p2')]);
    expect(changed[0].action).toBe('CREATED');
    const oldPrice = stripe.state.prices.get(first[0].gatewayPriceId!)!;
    const newPrice = stripe.state.prices.get(changed[0].gatewayPriceId!)!;
    expect(oldPrice.lookup_key).toBeNull();
    expect(oldPrice.active).toBe(true);
    expect(newPrice).toMatchObject({ lookup_key: 'coop_website_monthly', unit_amount: 3000, currency: 'cad' });
  });

  it('creates one customer per client even when the response is lost and the client retries', async () => {
    const before = stripe.state.customers.size;
    stripe.injectFault('lose-response');
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-lost', name: 'Lost', email: 'a@b.c', existingCustomerId: null });
    const second = await gateway.ensureCustomer({ clientId: 'client-lost', name: 'Lost', email: 'a@b.c', existingCustomerId: null });
    expect(second.customerId).toBe(customerId);
    expect(stripe.state.customers.size).toBe(before + 1);
    expect(stripe.requests.filter((r) => r.path === '/v1/customers' && r.replayed)).toHaveLength(2);
    expect(await gateway.ensureCustomer({ clientId: 'x', name: 'x', email: 'x', existingCustomerId: customerId })).toEqual({ customerId });
  });

  it('opens a subscription checkout naming our order, and a retried request returns the same session', async () => {
    await gateway.syncPrices([price('website', 3000, 'website-p2')]);
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-1', name: 'One', email: 'one@x', existingCustomerId: null });
    const result = await checkout('order-1', customerId, 'example.org', price('website', 3000, 'website-p2'));
    if (result.kind !== 'REDIRECT') throw new Error('expected a redirect');
    expect(result.url).toContain(stripe.url);
    const session = stripe.state.sessions.get(result.sessionId)!;
    expect(session).toMatchObject({
      mode: 'subscription',
      client_reference_id: 'order-1',
      customer: customerId,
      metadata: { coop_order_id: 'order-1', coop_client_id: 'client-1', coop_package_slug: 'website' },
    });
    const again = await checkout('order-1', customerId, 'example.org', price('website', 3000, 'website-p2'));
    expect(again).toMatchObject({ sessionId: result.sessionId });
    expect(stripe.state.sessions.size).toBe(1);
  });

  it('surfaces an idempotency-key reuse with different parameters as an error, making nothing', async () => {
    const sessions = stripe.state.sessions.size;
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-1', name: 'One', email: 'one@x', existingCustomerId: null });
    await expect(checkout('order-1', customerId, 'other-domain.org', price('website', 3000, 'website-p2'))).rejects.toMatchObject({
      code: BillingErrorCode.GATEWAY_FAILED,
      details: { type: 'idempotency_error' },
    });
    expect(stripe.state.sessions.size).toBe(sessions);
  });

  it('refuses to open a checkout for a price that was never synced', async () => {
    await expect(checkout('order-x', 'cus_x', 'example.org', price('unknown', 100))).rejects.toMatchObject({
      code: BillingErrorCode.PRICE_NOT_FOUND,
    });
  });

  it('delivers signed events that map to our order: checkout completed and the first invoice paid', async () => {
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-2', name: 'Two', email: 'two@x', existingCustomerId: null });
    const session = await checkout('order-2', customerId, 'two.example', price('website', 3000, 'website-p2'));
    if (session.kind !== 'REDIRECT') throw new Error('expected a redirect');
    const { subscription, invoice } = stripe.state.completeCheckout(session.sessionId);
    const results = await stripe.deliver();
    expect(results.every((r) => r.status === 200)).toBe(true);
    const kinds = receiver.received.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['CHECKOUT_COMPLETED', 'INVOICE_PAID']));
    expect(receiver.received.find((e) => e.kind === 'CHECKOUT_COMPLETED')).toMatchObject({
      orderId: 'order-2',
      subscriptionId: subscription.id,
      paid: true,
    });
    expect(receiver.received.find((e) => e.kind === 'INVOICE_PAID')).toMatchObject({
      invoiceId: invoice.id,
      orderId: 'order-2',
      subscriptionId: subscription.id,
      amount: { amountMinor: 3000, currency: 'CAD' },
    });
  });

  it('rejects missing, tampered, wrongly signed and stale signatures', async () => {
    stripe.state.createCustomer({});
    const event = stripe.pending.pop()!;
    const payload = JSON.stringify(event);
    const good = stripe.signatureHeader(payload);
    expect((await stripe.post(payload, { 'stripe-signature': good })).status).toBe(200);
    expect((await stripe.post(payload, {})).status).toBe(400);
    expect((await stripe.post(payload.replace(event.id, 'evt_forged'), { 'stripe-signature': good })).status).toBe(400);
    expect((await stripe.post(payload, { 'stripe-signature': stripe.signatureHeader(payload, { secret: 'whsec_other' }) })).status).toBe(400);
    const stale = Math.floor(Date.now() / 1000) - 301;
    expect((await stripe.post(payload, { 'stripe-signature': stripe.signatureHeader(payload, { timestamp: stale }) })).status).toBe(400);
    expect(receiver.received).toHaveLength(1);
  });

  it('cancels at period end, changes price with proration, and cancels now', async () => {
    await gateway.syncPrices([price('mail', 900)]);
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-3', name: 'Three', email: 'c@x', existingCustomerId: null });
    const session = await checkout('order-3', customerId, 'three.example', price('website', 3000, 'website-p2'));
    if (session.kind !== 'REDIRECT') throw new Error('expected a redirect');
    const { subscription } = stripe.state.completeCheckout(session.sessionId);
    stripe.pending = [];

    await gateway.cancelSubscription({ subscriptionId: subscription.id, atPeriodEnd: true, requestId: 'svc-3:v1' });
    await gateway.changePrice({
      subscriptionId: subscription.id,
      currentPrice: money(3000, 'CAD'),
      newPrice: price('mail', 900),
      periodStart: new Date(),
      periodEnd: new Date(),
      now: new Date(),
      requestId: 'svc-3:v2',
    });
    await gateway.cancelSubscription({ subscriptionId: subscription.id, atPeriodEnd: false, requestId: 'svc-3:v3' });
    await stripe.deliver();
    const [periodEnd, change, deleted] = receiver.received;
    expect(periodEnd).toMatchObject({ kind: 'SUBSCRIPTION_UPDATED', cancelAtPeriodEnd: true, orderId: 'order-3' });
    expect(change).toMatchObject({ kind: 'SUBSCRIPTION_UPDATED', priceLookupKey: 'coop_mail_monthly' });
    expect(deleted).toMatchObject({ kind: 'SUBSCRIPTION_DELETED', subscriptionId: subscription.id, orderId: 'order-3' });
    const update = stripe.requests.find((r) => r.method === 'POST' && r.path.endsWith(subscription.id) && r.params.items);
    expect(update?.params).toMatchObject({ proration_behavior: 'create_prorations' });
  });

  it('maps a failed renewal and the later payment', async () => {
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-4', name: 'Four', email: 'd@x', existingCustomerId: null });
    const session = await checkout('order-4', customerId, 'four.example', price('website', 3000, 'website-p2'));
    if (session.kind !== 'REDIRECT') throw new Error('expected a redirect');
    const { subscription } = stripe.state.completeCheckout(session.sessionId);
    stripe.pending = [];
    const failed = stripe.state.renew(subscription.id, { paymentSucceeds: false });
    stripe.state.payInvoice(failed.id);
    await stripe.deliver();
    expect(receiver.received.map((e) => e.kind)).toEqual([
      'INVOICE_PAYMENT_FAILED',
      'SUBSCRIPTION_UPDATED',
      'INVOICE_PAID',
      'SUBSCRIPTION_UPDATED',
    ]);
    expect(receiver.received[0]).toMatchObject({ invoiceId: failed.id, orderId: 'order-4' });
    expect(receiver.received[1]).toMatchObject({ status: 'past_due' });
    expect(receiver.received[3]).toMatchObject({ status: 'active' });
  });

  it('returns a billing portal link for the customer', async () => {
    const { customerId } = await gateway.ensureCustomer({ clientId: 'client-1', name: 'One', email: 'one@x', existingCustomerId: null });
    const { url } = await gateway.portalLink({ clientId: 'client-1', customerId, returnUrl: 'http://portal/billing', requestId: 'client-1:1' });
    expect(url).toMatch(new RegExp(`^${stripe.url}/p/session/bps_`));
  });

  it('duplicates, reverses and delays deliveries on demand', async () => {
    stripe.state.createCustomer({});
    stripe.state.createCustomer({});
    const ids = stripe.pending.map((e) => e.id);
    const results = await stripe.deliver({ order: 'reverse', duplicate: true, delayMs: 5 });
    expect(results.map((r) => r.eventId)).toEqual([ids[1], ids[1], ids[0], ids[0]]);
    expect(stripe.pending).toHaveLength(0);
  });

  it('sent an idempotency key with every POST', () => {
    expect(stripe.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(10);
    expect(stripe.postsWithoutIdempotencyKey()).toEqual([]);
  });

  it('refuses to enable Stripe without a webhook signing secret, and reports a bad API key', async () => {
    expect(() => new StripeGateway({ secretKey: 'sk_test_x', webhookSecret: '' })).toThrow(BillingError);
    const wrongKey = new StripeGateway({ secretKey: 'sk_test_wrong', webhookSecret: 'whsec_x', apiBase: stripe.url, maxNetworkRetries: 0 });
    await expect(wrongKey.ensureCustomer({ clientId: 'c', name: 'n', email: 'e', existingCustomerId: null })).rejects.toMatchObject({
      code: BillingErrorCode.GATEWAY_FAILED,
      details: { statusCode: 401 },
    });
  });
});
