import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapStripeEvent, StripeEventLike } from './stripe-event-mapping';
import { sharedSpec } from '../../../test/support/shared-specs';

// Stripe's own sample objects (stripe/openapi fixtures3.json), so the mapping reads real shapes.
const fixtures = JSON.parse(
  readFileSync(sharedSpec('stripe/fixtures3.json'), 'utf8'),
).resources as Record<string, Record<string, unknown>>;

const fixture = <T = Record<string, unknown>>(name: string, overrides: Record<string, unknown> = {}): T =>
  ({ ...structuredClone(fixtures[name]), ...overrides }) as T;

const event = (type: string, object: unknown, created = 1_780_000_000): StripeEventLike =>
  fixture('event', { id: `evt_${type}`, type, created, data: { object } });

const orderMeta = { coop_order_id: 'order-1', coop_client_id: 'client-1' };

describe('mapStripeEvent', () => {
  it('maps a paid subscription checkout to CHECKOUT_COMPLETED with our order id', () => {
    const session = fixture('checkout.session', {
      mode: 'subscription',
      client_reference_id: 'order-1',
      customer: 'cus_1',
      subscription: 'sub_1',
      payment_status: 'paid',
      status: 'complete',
      metadata: orderMeta,
    });
    const mapped = mapStripeEvent(event('checkout.session.completed', session));
    expect(mapped).toMatchObject({
      kind: 'CHECKOUT_COMPLETED',
      id: 'evt_checkout.session.completed',
      orderId: 'order-1',
      customerId: 'cus_1',
      subscriptionId: 'sub_1',
      paid: true,
    });
    expect(mapped.occurredAt).toEqual(new Date(1_780_000_000_000));
  });

  it('does not treat an unpaid (delayed method) checkout as paid until async_payment_succeeded', () => {
    const session = fixture('checkout.session', { client_reference_id: 'order-1', payment_status: 'unpaid', metadata: {} });
    expect(mapStripeEvent(event('checkout.session.completed', session))).toMatchObject({ paid: false });
    expect(mapStripeEvent(event('checkout.session.async_payment_succeeded', session))).toMatchObject({
      kind: 'CHECKOUT_COMPLETED',
      paid: true,
    });
    expect(mapStripeEvent(event('checkout.session.async_payment_failed', session))).toMatchObject({
      kind: 'CHECKOUT_FAILED',
      orderId: 'order-1',
    });
  });

  it('falls back to metadata when client_reference_id is missing and reads expanded references', () => {
    const session = fixture('checkout.session', {
      client_reference_id: null,
      metadata: orderMeta,
      customer: { id: 'cus_x' },
      subscription: { id: 'sub_x' },
    });
    expect(mapStripeEvent(event('checkout.session.expired', session))).toMatchObject({ kind: 'CHECKOUT_EXPIRED', orderId: 'order-1' });
    expect(mapStripeEvent(event('checkout.session.completed', session))).toMatchObject({ customerId: 'cus_x', subscriptionId: 'sub_x' });
  });

  it('reads the subscription and our order id from invoice.parent.subscription_details', () => {
    const invoice = fixture('invoice', {
      id: 'in_1',
      currency: 'cad',
      amount_due: 2500,
      amount_paid: 2500,
      number: 'ABC-0001',
      parent: { type: 'subscription_details', quote_details: null, subscription_details: { subscription: 'sub_9', metadata: orderMeta } },
      lines: { object: 'list', has_more: false, url: '', data: [{ period: { start: 1_780_000_000, end: 1_782_592_000 } }] },
    });
    const mapped = mapStripeEvent(event('invoice.paid', invoice));
    expect(mapped).toMatchObject({
      kind: 'INVOICE_PAID',
      invoiceId: 'in_1',
      subscriptionId: 'sub_9',
      orderId: 'order-1',
      amount: { amountMinor: 2500, currency: 'CAD' },
      number: 'ABC-0001',
      customerId: 'cus_QXg1o8vcGmoR32',
    });
    expect(mapped.kind === 'INVOICE_PAID' && mapped.periodEnd).toEqual(new Date(1_782_592_000_000));
  });

  it('maps a failed invoice with the amount still due and no subscription for one-off invoices', () => {
    const invoice = fixture('invoice', { id: 'in_2', currency: 'cad', amount_due: 900, amount_paid: 0, parent: null });
    expect(mapStripeEvent(event('invoice.payment_failed', invoice))).toMatchObject({
      kind: 'INVOICE_PAYMENT_FAILED',
      subscriptionId: null,
      orderId: null,
      amount: { amountMinor: 900, currency: 'CAD' },
    });
  });

  it('takes current_period_end from the subscription items, not the subscription', () => {
    const base = fixture<{ items: { data: Array<Record<string, unknown>> } }>('subscription');
    const item = { ...base.items.data[0], current_period_end: 1_790_000_000, price: { id: 'price_n', lookup_key: 'coop_mail_monthly' } };
    const sub = fixture('subscription', {
      id: 'sub_5',
      status: 'past_due',
      cancel_at_period_end: true,
      metadata: orderMeta,
      items: { ...base.items, data: [item] },
    });
    expect(mapStripeEvent(event('customer.subscription.updated', sub))).toMatchObject({
      kind: 'SUBSCRIPTION_UPDATED',
      subscriptionId: 'sub_5',
      orderId: 'order-1',
      status: 'past_due',
      cancelAtPeriodEnd: true,
      priceLookupKey: 'coop_mail_monthly',
      gatewayPriceId: 'price_n',
      currentPeriodEnd: new Date(1_790_000_000_000),
    });
  });

  it('maps subscription deletion with its end time', () => {
    const sub = fixture('subscription', { id: 'sub_6', ended_at: 1_785_000_000, metadata: orderMeta });
    expect(mapStripeEvent(event('customer.subscription.deleted', sub))).toMatchObject({
      kind: 'SUBSCRIPTION_DELETED',
      subscriptionId: 'sub_6',
      orderId: 'order-1',
      endedAt: new Date(1_785_000_000_000),
    });
  });

  it('acknowledges other event types as IGNORED', () => {
    expect(mapStripeEvent(fixture('event')).kind).toBe('IGNORED');
    expect(mapStripeEvent(event('customer.created', fixture('customer'))).kind).toBe('IGNORED');
  });
});
