import type { BillingCycle } from './billing-period';
import type { BillingEvent } from './billing-event';
import type { Money } from './money';

export type GatewayKind = 'STRIPE' | 'MANUAL';

/** One price of one package for one billing cycle, as the catalog knows it. */
export interface CatalogPrice {
  /** Our id of this price row; a price change is a new row, so a new id. */
  readonly priceId: string;
  readonly packageSlug: string;
  readonly packageName: string;
  readonly packageDescription: string;
  readonly cycle: BillingCycle;
  readonly amount: Money;
  /** Stable per package and cycle; the gateway's current price for it carries this key. */
  readonly lookupKey: string;
}

export interface InvoiceLineDraft {
  readonly description: string;
  readonly amount: Money;
  readonly periodStart: Date | null;
  readonly periodEnd: Date | null;
}

export interface EnsureCustomerInput {
  readonly clientId: string;
  readonly name: string;
  readonly email: string;
  /** The customer id stored for the client, if any: then nothing is created. */
  readonly existingCustomerId: string | null;
}

export interface CheckoutInput {
  readonly orderId: string;
  readonly clientId: string;
  readonly customerId: string;
  readonly price: CatalogPrice;
  readonly domain: string;
  readonly successUrl: string;
  readonly cancelUrl: string;
  readonly now: Date;
}

export type CheckoutResult =
  | { readonly kind: 'REDIRECT'; readonly url: string; readonly sessionId: string; readonly expiresAt: Date | null }
  | {
      readonly kind: 'INVOICE';
      readonly lines: readonly InvoiceLineDraft[];
      readonly dueAt: Date;
      readonly periodStart: Date;
      readonly periodEnd: Date;
    };

export interface PortalInput {
  readonly clientId: string;
  readonly customerId: string;
  readonly returnUrl: string;
  /** Our id for this request (e.g. client id + minute); the idempotency key derives from it. */
  readonly requestId: string;
}

export interface CancelInput {
  readonly subscriptionId: string;
  readonly atPeriodEnd: boolean;
  /** Our id for this change (service id + version); the idempotency key derives from it. */
  readonly requestId: string;
}

export interface ChangePriceInput {
  readonly subscriptionId: string;
  readonly currentPrice: Money;
  readonly newPrice: CatalogPrice;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly now: Date;
  readonly requestId: string;
}

export type ChangePriceResult =
  | { readonly kind: 'GATEWAY_PRORATED' }
  | { readonly kind: 'INVOICE'; readonly lines: readonly InvoiceLineDraft[]; readonly net: Money; readonly dueAt: Date };

export type PriceSyncAction = 'UNCHANGED' | 'CREATED';

export interface PriceSyncResult {
  readonly lookupKey: string;
  readonly gatewayPriceId: string | null;
  readonly action: PriceSyncAction;
}

/** What the app needs from a payment provider. Implementations: StripeGateway, ManualGateway. */
export interface PaymentGateway {
  readonly kind: GatewayKind;
  ensureCustomer(input: EnsureCustomerInput): Promise<{ customerId: string }>;
  createCheckout(input: CheckoutInput): Promise<CheckoutResult>;
  portalLink(input: PortalInput): Promise<{ url: string }>;
  cancelSubscription(input: CancelInput): Promise<void>;
  changePrice(input: ChangePriceInput): Promise<ChangePriceResult>;
  /** Verifies and translates a provider webhook; throws BillingError WEBHOOK_SIGNATURE_INVALID. */
  parseWebhook(rawBody: Buffer | string, signature: string | undefined): BillingEvent;
  /** Makes the provider's prices match the catalog (by lookup key). */
  syncPrices(prices: readonly CatalogPrice[]): Promise<PriceSyncResult[]>;
}

/** Metadata keys we put on checkout sessions and subscriptions, so every event names our order. */
export const METADATA_KEYS = { orderId: 'coop_order_id', clientId: 'coop_client_id', packageSlug: 'coop_package_slug' } as const;

export function lookupKeyFor(packageSlug: string, cycle: BillingCycle): string {
  return `coop_${packageSlug}_${cycle.toLowerCase()}`;
}
