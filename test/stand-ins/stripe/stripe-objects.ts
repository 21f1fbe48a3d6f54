import { readFileSync } from 'node:fs';
import type Stripe from 'stripe';
import { sharedSpec } from '../../support/shared-specs';

/*
 * Objects the stand-in returns: Stripe's own sample object for each resource (stripe/openapi
 * fixtures3.json), deep-cloned, with the fields we model overwritten. Typed with the stripe
 * package's types, so a shape drift in either the fixtures or our overrides fails to compile.
 */
const FIXTURES_PATH = sharedSpec('stripe/fixtures3.json');
let cache: Record<string, unknown> | null = null;

function fixture(name: string): Record<string, unknown> {
  cache ??= (JSON.parse(readFileSync(FIXTURES_PATH, 'utf8')) as { resources: Record<string, unknown> }).resources;
  const found = cache[name];
  if (!found) throw new Error(`fixtures3.json has no ${name}`);
  return structuredClone(found) as Record<string, unknown>;
}

function from<T>(name: string, overrides: Partial<T>): T {
  return { ...fixture(name), ...overrides } as T;
}

export function buildCustomer(p: { id: string; created: number; name: string | null; email: string | null; metadata: Stripe.Metadata }) {
  return from<Stripe.Customer>('customer', {
    ...p,
    balance: 0,
    currency: null,
    discount: null,
    delinquent: false,
    invoice_prefix: p.id.slice(-8).toUpperCase(),
    shipping: null,
  });
}

export function buildProduct(p: { id: string; created: number; name: string; description: string | null; metadata: Stripe.Metadata }) {
  return from<Stripe.Product>('product', {
    ...p,
    active: true,
    default_price: null,
    package_dimensions: null,
    updated: p.created,
    type: 'service',
  });
}

export function buildPrice(p: {
  id: string;
  created: number;
  product: string;
  currency: string;
  unit_amount: number;
  interval: 'month' | 'year';
  lookup_key: string | null;
  metadata: Stripe.Metadata;
}) {
  const { interval, ...rest } = p;
  return from<Stripe.Price>('price', {
    ...rest,
    active: true,
    // JSON carries a decimal string; the package types it as its Decimal class.
    unit_amount_decimal: String(p.unit_amount) as unknown as Stripe.Decimal,
    recurring: { interval, interval_count: 1, meter: null, usage_type: 'licensed', trial_period_days: null },
    transform_quantity: null,
    type: 'recurring',
  });
}

export function buildCheckoutSession(p: {
  id: string;
  created: number;
  expires_at: number;
  url: string;
  customer: string | null;
  client_reference_id: string | null;
  metadata: Stripe.Metadata;
  amount_total: number;
  currency: string;
  success_url: string;
  cancel_url: string | null;
}) {
  return from<Stripe.Checkout.Session>('checkout.session', {
    ...p,
    mode: 'subscription',
    amount_subtotal: p.amount_total,
    payment_intent: null,
    payment_status: 'unpaid',
    status: 'open',
    subscription: null,
    invoice: null,
    shipping_address_collection: null,
    shipping_cost: null,
    customer_details: null,
  });
}

export function buildSubscriptionItem(p: {
  id: string;
  created: number;
  subscription: string;
  price: Stripe.Price;
  current_period_start: number;
  current_period_end: number;
}) {
  const base = fixture('subscription_item');
  return {
    ...base,
    ...p,
    quantity: 1,
    metadata: {},
    plan: { ...(base.plan as object), id: p.price.id, amount: p.price.unit_amount, currency: p.price.currency, interval: p.price.recurring?.interval ?? 'month', interval_count: 1, product: p.price.product, billing_scheme: 'per_unit', tiers_mode: null },
  } as unknown as Stripe.SubscriptionItem;
}

export function buildSubscription(p: {
  id: string;
  created: number;
  customer: string;
  currency: string;
  metadata: Stripe.Metadata;
  description: string | null;
  item: Stripe.SubscriptionItem;
  latest_invoice: string | null;
}) {
  const { item, ...rest } = p;
  const fixtureItems = fixture('subscription').items as Stripe.ApiList<Stripe.SubscriptionItem>;
  return from<Stripe.Subscription>('subscription', {
    ...rest,
    billing_cycle_anchor: item.current_period_start,
    start_date: p.created,
    status: 'active',
    cancel_at: null,
    canceled_at: null,
    cancel_at_period_end: false,
    ended_at: null,
    trial_end: null,
    trial_start: null,
    pending_update: null,
    pause_collection: null,
    next_pending_invoice_item_invoice: null,
    items: { ...fixtureItems, data: [item], url: `/v1/subscription_items?subscription=${p.id}` },
  });
}

export function buildInvoice(p: {
  id: string;
  created: number;
  customer: string;
  currency: string;
  amount: number;
  number: string;
  hosted_invoice_url: string;
  billing_reason: Stripe.Invoice.BillingReason;
  subscription: string;
  subscription_metadata: Stripe.Metadata;
  period_start: number;
  period_end: number;
  description: string;
}) {
  const invoiceFixture = fixture('invoice');
  const lineFixture = (invoiceFixture.lines as Stripe.ApiList<Stripe.InvoiceLineItem>).data[0];
  const line: Stripe.InvoiceLineItem = {
    ...lineFixture,
    id: `il_${p.id.slice(3)}`,
    invoice: p.id,
    amount: p.amount,
    subtotal: p.amount,
    currency: p.currency,
    description: p.description,
    period: { start: p.period_start, end: p.period_end },
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: null,
        subscription: p.subscription,
        subscription_item: `si_${p.subscription.slice(4)}`,
      },
    },
  };
  return from<Stripe.Invoice>('invoice', {
    id: p.id,
    created: p.created,
    customer: p.customer,
    currency: p.currency,
    number: p.number,
    hosted_invoice_url: p.hosted_invoice_url,
    billing_reason: p.billing_reason,
    amount_due: p.amount,
    amount_paid: 0,
    amount_remaining: p.amount,
    amount_overpaid: 0,
    subtotal: p.amount,
    subtotal_excluding_tax: p.amount,
    total: p.amount,
    total_excluding_tax: p.amount,
    status: 'open',
    attempted: false,
    attempt_count: 0,
    due_date: null,
    next_payment_attempt: null,
    period_start: p.period_start,
    period_end: p.period_end,
    last_finalization_error: null,
    from_invoice: null,
    webhooks_delivered_at: null,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: p.subscription, metadata: { ...p.subscription_metadata } },
    },
    lines: { object: 'list', has_more: false, url: `/v1/invoices/${p.id}/lines`, data: [line] },
  });
}

export function buildPortalSession(p: { id: string; created: number; customer: string; return_url: string | null; url: string }) {
  return from<Stripe.BillingPortal.Session>('billing_portal.session', { ...p, flow: null, livemode: false, configuration: 'bpc_standin' });
}

export function buildEvent(p: { id: string; created: number; type: Stripe.Event.Type; object: unknown; previous_attributes?: unknown }) {
  return from<Stripe.Event>('event', {
    id: p.id,
    created: p.created,
    type: p.type,
    api_version: '2026-10-28.endive',
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: structuredClone(p.object), ...(p.previous_attributes ? { previous_attributes: p.previous_attributes } : {}) },
  } as Partial<Stripe.Event>);
}

export function stripeError(type: Stripe.RawErrorType, message: string, extra: { code?: string; param?: string } = {}) {
  return { error: { type, message, ...extra } };
}
