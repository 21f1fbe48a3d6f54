import { BillingError, BillingErrorCode } from './billing.error';
import type {
  BillingEvent,
  CheckoutClosedEvent,
  CheckoutCompletedEvent,
  InvoiceEvent,
  SubscriptionDeletedEvent,
  SubscriptionStatus,
  SubscriptionUpdatedEvent,
} from './billing-event';
import { money } from './money';
import { METADATA_KEYS } from './payment-gateway';

/*
 * Pure translation of Stripe events (API 2026-10-28) into BillingEvents. These are structural subsets
 * of the `stripe` package's types; stripe.gateway.ts asserts at compile time that the real types fit.
 * Stripe 2025+ shapes: `current_period_end` lives on subscription items, and invoices name their
 * subscription under `parent.subscription_details` (with a snapshot of its metadata).
 */
type Ref = string | { id: string } | null;
type Metadata = Record<string, string> | null;

export interface StripeEventLike {
  id: string;
  type: string;
  created: number;
  data: { object: unknown };
}

export interface StripeCheckoutSessionLike {
  id: string;
  client_reference_id: string | null;
  customer: Ref;
  subscription: Ref;
  payment_status: string;
  metadata: Metadata;
}

export interface StripeInvoiceLike {
  id?: string;
  number: string | null;
  customer: Ref;
  currency: string;
  amount_due: number;
  amount_paid: number;
  hosted_invoice_url?: string | null;
  due_date: number | null;
  period_start: number;
  period_end: number;
  lines: { data: Array<{ period: { start: number; end: number } }> };
  parent: { subscription_details: { subscription: Ref; metadata: Metadata } | null } | null;
}

export interface StripeSubscriptionLike {
  id: string;
  status: string;
  cancel_at_period_end: boolean;
  ended_at: number | null;
  metadata: Metadata;
  items: {
    data: Array<{ current_period_end: number; price: { id: string; lookup_key: string | null } }>;
  };
}

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'invoice.paid',
  'invoice.payment_failed',
  'customer.subscription.updated',
  'customer.subscription.deleted',
]);

export function isHandledStripeEventType(type: string): boolean {
  return HANDLED.has(type);
}

export function mapStripeEvent(event: StripeEventLike): BillingEvent {
  const base = { id: event.id, sourceType: event.type, occurredAt: fromUnix(event.created) };
  const object = event.data.object;
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return mapCheckoutCompleted(base, object as StripeCheckoutSessionLike, event.type === 'checkout.session.async_payment_succeeded');
    case 'checkout.session.async_payment_failed':
      return mapCheckoutClosed(base, object as StripeCheckoutSessionLike, 'CHECKOUT_FAILED');
    case 'checkout.session.expired':
      return mapCheckoutClosed(base, object as StripeCheckoutSessionLike, 'CHECKOUT_EXPIRED');
    case 'invoice.paid':
      return mapInvoice(base, object as StripeInvoiceLike, 'INVOICE_PAID');
    case 'invoice.payment_failed':
      return mapInvoice(base, object as StripeInvoiceLike, 'INVOICE_PAYMENT_FAILED');
    case 'customer.subscription.updated':
      return mapSubscriptionUpdated(base, object as StripeSubscriptionLike);
    case 'customer.subscription.deleted':
      return mapSubscriptionDeleted(base, object as StripeSubscriptionLike);
    default:
      return { ...base, kind: 'IGNORED' };
  }
}

type Base = { id: string; sourceType: string; occurredAt: Date };

export function mapCheckoutCompleted(base: Base, s: StripeCheckoutSessionLike, asyncSucceeded = false): CheckoutCompletedEvent {
  return {
    ...base,
    kind: 'CHECKOUT_COMPLETED',
    orderId: s.client_reference_id ?? meta(s.metadata, METADATA_KEYS.orderId),
    sessionId: s.id,
    customerId: refId(s.customer),
    subscriptionId: refId(s.subscription),
    // 'no_payment_required' is a paid-in-full (e.g. 100% coupon) checkout.
    paid: asyncSucceeded || s.payment_status === 'paid' || s.payment_status === 'no_payment_required',
  };
}

export function mapCheckoutClosed(
  base: Base,
  s: StripeCheckoutSessionLike,
  kind: 'CHECKOUT_FAILED' | 'CHECKOUT_EXPIRED',
): CheckoutClosedEvent {
  return { ...base, kind, orderId: s.client_reference_id ?? meta(s.metadata, METADATA_KEYS.orderId), sessionId: s.id };
}

export function mapInvoice(base: Base, inv: StripeInvoiceLike, kind: 'INVOICE_PAID' | 'INVOICE_PAYMENT_FAILED'): InvoiceEvent {
  if (!inv.id) throw new BillingError(BillingErrorCode.GATEWAY_FAILED, `invoice in ${base.id} has no id`);
  const details = inv.parent?.subscription_details ?? null;
  const periods = inv.lines.data.map((l) => l.period);
  const periodStart = periods.length ? Math.min(...periods.map((p) => p.start)) : inv.period_start;
  const periodEnd = periods.length ? Math.max(...periods.map((p) => p.end)) : inv.period_end;
  return {
    ...base,
    kind,
    invoiceId: inv.id,
    orderId: meta(details?.metadata ?? null, METADATA_KEYS.orderId),
    subscriptionId: refId(details?.subscription ?? null),
    customerId: refId(inv.customer),
    amount: money(kind === 'INVOICE_PAID' ? inv.amount_paid : inv.amount_due, inv.currency),
    number: inv.number,
    hostedUrl: inv.hosted_invoice_url ?? null,
    periodStart: fromUnix(periodStart),
    periodEnd: fromUnix(periodEnd),
    dueAt: inv.due_date === null ? null : fromUnix(inv.due_date),
    reference: inv.id,
  };
}

export function mapSubscriptionUpdated(base: Base, sub: StripeSubscriptionLike): SubscriptionUpdatedEvent {
  const item = sub.items.data[0];
  return {
    ...base,
    kind: 'SUBSCRIPTION_UPDATED',
    subscriptionId: sub.id,
    orderId: meta(sub.metadata, METADATA_KEYS.orderId),
    status: sub.status as SubscriptionStatus,
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    priceLookupKey: item?.price.lookup_key ?? null,
    gatewayPriceId: item?.price.id ?? null,
    currentPeriodEnd: item ? fromUnix(Math.max(...sub.items.data.map((i) => i.current_period_end))) : null,
  };
}

export function mapSubscriptionDeleted(base: Base, sub: StripeSubscriptionLike): SubscriptionDeletedEvent {
  return {
    ...base,
    kind: 'SUBSCRIPTION_DELETED',
    subscriptionId: sub.id,
    orderId: meta(sub.metadata, METADATA_KEYS.orderId),
    endedAt: sub.ended_at === null ? null : fromUnix(sub.ended_at),
  };
}

function refId(ref: Ref): string | null {
  if (ref === null || ref === undefined) return null;
  return typeof ref === 'string' ? ref : ref.id;
}

function meta(m: Metadata, key: string): string | null {
  const v = m?.[key];
  return v ? v : null;
}

function fromUnix(seconds: number): Date {
  return new Date(seconds * 1000);
}
