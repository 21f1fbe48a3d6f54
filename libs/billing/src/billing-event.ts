import type { Money } from './money';

/**
 * A payment-provider event in our vocabulary. `id` is the provider's event id (for Stripe `evt_...`,
 * for manual payments `manual:<invoice id>`): the app stores it before acting, so a redelivery is a no-op.
 * `occurredAt` is when the provider created it, so out-of-order deliveries can be compared.
 */
interface EventBase {
  readonly id: string;
  readonly sourceType: string;
  readonly occurredAt: Date;
}

export type SubscriptionStatus =
  | 'incomplete'
  | 'incomplete_expired'
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'canceled'
  | 'unpaid'
  | 'paused';

export interface CheckoutCompletedEvent extends EventBase {
  readonly kind: 'CHECKOUT_COMPLETED';
  readonly orderId: string | null;
  readonly sessionId: string;
  readonly customerId: string | null;
  readonly subscriptionId: string | null;
  /** False for delayed payment methods: wait for CHECKOUT_COMPLETED with paid or INVOICE_PAID. */
  readonly paid: boolean;
}

export interface CheckoutClosedEvent extends EventBase {
  readonly kind: 'CHECKOUT_FAILED' | 'CHECKOUT_EXPIRED';
  readonly orderId: string | null;
  readonly sessionId: string;
}

export interface InvoiceEvent extends EventBase {
  readonly kind: 'INVOICE_PAID' | 'INVOICE_PAYMENT_FAILED';
  /** Provider invoice id (Stripe `in_...`) or our invoice id for manual invoices. */
  readonly invoiceId: string;
  readonly orderId: string | null;
  readonly subscriptionId: string | null;
  readonly customerId: string | null;
  readonly amount: Money;
  readonly number: string | null;
  readonly hostedUrl: string | null;
  readonly periodStart: Date | null;
  readonly periodEnd: Date | null;
  readonly dueAt: Date | null;
  readonly reference: string | null;
}

export interface SubscriptionUpdatedEvent extends EventBase {
  readonly kind: 'SUBSCRIPTION_UPDATED';
  readonly subscriptionId: string;
  readonly orderId: string | null;
  readonly status: SubscriptionStatus;
  readonly cancelAtPeriodEnd: boolean;
  readonly priceLookupKey: string | null;
  readonly gatewayPriceId: string | null;
  readonly currentPeriodEnd: Date | null;
}

export interface SubscriptionDeletedEvent extends EventBase {
  readonly kind: 'SUBSCRIPTION_DELETED';
  readonly subscriptionId: string;
  readonly orderId: string | null;
  readonly endedAt: Date | null;
}

export interface IgnoredEvent extends EventBase {
  readonly kind: 'IGNORED';
}

export type BillingEvent =
  | CheckoutCompletedEvent
  | CheckoutClosedEvent
  | InvoiceEvent
  | SubscriptionUpdatedEvent
  | SubscriptionDeletedEvent
  | IgnoredEvent;

export type BillingEventKind = BillingEvent['kind'];
