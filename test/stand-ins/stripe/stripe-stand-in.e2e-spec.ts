import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StripeStandIn } from './stripe-stand-in';
import { sharedSpec } from '../../support/shared-specs';

// The stand-in itself, spoken to over raw HTTP: what it answers must look like Stripe.
const fixtures = JSON.parse(readFileSync(sharedSpec('stripe/fixtures3.json'), 'utf8'))
  .resources as Record<string, Record<string, unknown>>;

describe('Stripe stand-in', () => {
  let stripe: StripeStandIn;
  const call = async (method: string, p: string, body = '', headers: Record<string, string> = {}) => {
    const res = await fetch(`${stripe.url}${p}`, {
      method,
      headers: { authorization: `Bearer ${stripe.secretKey}`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: method === 'GET' ? undefined : body,
    });
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    stripe = await StripeStandIn.start();
  });
  afterAll(() => stripe.close());

  it('replays an idempotent request and rejects the same key with other parameters', async () => {
    const first = await call('POST', '/v1/customers', 'name=A&email=a%40x', { 'idempotency-key': 'k1' });
    const replay = await call('POST', '/v1/customers', 'name=A&email=a%40x', { 'idempotency-key': 'k1' });
    expect(replay.json.id).toBe(first.json.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const mismatch = await call('POST', '/v1/customers', 'name=B', { 'idempotency-key': 'k1' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.error.type).toBe('idempotency_error');
    expect(stripe.state.customers.size).toBe(1);
  });

  it('answers 401 for a wrong API key and 404 resource_missing for unknown ids', async () => {
    expect((await call('GET', '/v1/customers/cus_nope', '', { authorization: 'Bearer sk_test_wrong' })).status).toBe(401);
    const missing = await call('GET', '/v1/customers/cus_nope');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing' });
  });

  it('refuses a second price with the same lookup key unless it is transferred', async () => {
    await call('POST', '/v1/products', 'id=coop_w&name=W');
    const body = 'product=coop_w&currency=cad&unit_amount=100&recurring[interval]=month&lookup_key=k';
    expect((await call('POST', '/v1/prices', body)).status).toBe(200);
    const clash = await call('POST', '/v1/prices', body);
    expect(clash.json.error.code).toBe('lookup_key_exists');
    expect((await call('POST', '/v1/prices', `${body}&transfer_lookup_key=true`)).status).toBe(200);
    const list = await call('GET', '/v1/prices?lookup_keys[0]=k&active=true');
    expect(list.json.data).toHaveLength(1);
  });

  it('returns objects with exactly the fields of Stripe’s fixtures', async () => {
    const customer = await call('POST', '/v1/customers', 'name=Shape');
    const price = stripe.state.listPrices({ lookup_keys: ['k'] })[0];
    const session = await call('POST', '/v1/checkout/sessions', `mode=subscription&customer=${customer.json.id}&line_items[0][price]=${price.id}&line_items[0][quantity]=1&success_url=http%3A%2F%2Fx`);
    const { subscription, invoice } = stripe.state.completeCheckout(session.json.id);
    const portal = await call('POST', '/v1/billing_portal/sessions', `customer=${customer.json.id}`);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(customer.json)).toEqual(keys(fixtures.customer));
    expect(keys(session.json)).toEqual(keys(fixtures['checkout.session']));
    expect(keys(subscription)).toEqual(keys(fixtures.subscription));
    expect(keys(subscription.items.data[0])).toEqual(keys((fixtures.subscription.items as { data: object[] }).data[0]));
    expect(keys(invoice)).toEqual(keys(fixtures.invoice));
    expect(keys(price)).toEqual(keys(fixtures.price));
    expect(keys(portal.json)).toEqual(keys(fixtures['billing_portal.session']));
    expect(keys(stripe.pending[0])).toEqual(keys(fixtures.event));
  });
});
