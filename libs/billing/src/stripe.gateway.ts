import Stripe from 'stripe';
import { BillingError, BillingErrorCode } from './billing.error';
import type { BillingEvent } from './billing-event';
import { stripeInterval } from './billing-period';
import { idempotencyKey } from './idempotency-key';
import {
  CancelInput,
  CatalogPrice,
  ChangePriceInput,
  ChangePriceResult,
  CheckoutInput,
  CheckoutResult,
  EnsureCustomerInput,
  METADATA_KEYS,
  PaymentGateway,
  PortalInput,
  PriceSyncResult,
} from './payment-gateway';
import {
  mapStripeEvent,
  StripeCheckoutSessionLike,
  StripeEventLike,
  StripeInvoiceLike,
  StripeSubscriptionLike,
} from './stripe-event-mapping';

// Compile-time proof that the structural types the pure mapping reads are subsets of stripe's own.
type Fits<T extends U, U> = T;
export type StripeShapesFit = [
  Fits<Stripe.Event, StripeEventLike>,
  Fits<Stripe.Checkout.Session, StripeCheckoutSessionLike>,
  Fits<Stripe.Invoice, StripeInvoiceLike>,
  Fits<Stripe.Subscription, StripeSubscriptionLike>,
];

export interface StripeGatewayOptions {
  readonly secretKey: string;
  readonly webhookSecret: string;
  /** Where API requests go, e.g. `http://127.0.0.1:40123` for the stand-in; default Stripe's API. */
  readonly apiBase?: string;
  /** Seconds a webhook signature stays valid (Stripe's default 300). */
  readonly webhookToleranceSeconds?: number;
  readonly maxNetworkRetries?: number;
  readonly timeoutMs?: number;
  /** Time source for signature tolerance. */
  readonly now?: () => Date;
}

/** The only place that imports `stripe`. */
export class StripeGateway implements PaymentGateway {
  readonly kind = 'STRIPE' as const;
  private readonly stripe: Stripe;
  private readonly now: () => Date;

  constructor(private readonly options: StripeGatewayOptions) {
    if (!options.secretKey) throw new BillingError(BillingErrorCode.GATEWAY_MISCONFIGURED, 'Stripe needs a secret key');
    if (!options.webhookSecret) {
      throw new BillingError(BillingErrorCode.GATEWAY_MISCONFIGURED, 'Stripe is not enabled without a webhook signing secret');
    }
    this.now = options.now ?? (() => new Date());
    this.stripe = new Stripe(options.secretKey, {
      ...apiBaseConfig(options.apiBase),
      maxNetworkRetries: options.maxNetworkRetries ?? 2,
      timeout: options.timeoutMs ?? 20_000,
      telemetry: false,
      appInfo: { name: 'coop-portal' },
    });
  }

  async ensureCustomer(input: EnsureCustomerInput): Promise<{ customerId: string }> {
    if (input.existingCustomerId) return { customerId: input.existingCustomerId };
    const customer = await this.call(() =>
      this.stripe.customers.create(
        { name: input.name, email: input.email, metadata: { [METADATA_KEYS.clientId]: input.clientId } },
        { idempotencyKey: idempotencyKey.customer(input.clientId) },
      ),
    );
    return { customerId: customer.id };
  }

  async syncPrices(prices: readonly CatalogPrice[]): Promise<PriceSyncResult[]> {
    const results: PriceSyncResult[] = [];
    for (const price of prices) {
      const productId = await this.ensureProduct(price);
      const current = await this.findPrice(price.lookupKey);
      if (current && matches(current, price)) {
        results.push({ lookupKey: price.lookupKey, gatewayPriceId: current.id, action: 'UNCHANGED' });
        continue;
      }
      // Prices are immutable: a new one takes over the lookup key, existing subscriptions keep theirs.
      const created = await this.call(() =>
        this.stripe.prices.create(
          {
            product: productId,
            currency: price.amount.currency.toLowerCase(),
            unit_amount: price.amount.amountMinor,
            recurring: { interval: stripeInterval(price.cycle) },
            lookup_key: price.lookupKey,
            transfer_lookup_key: true,
            metadata: { coop_price_id: price.priceId, [METADATA_KEYS.packageSlug]: price.packageSlug },
          },
          { idempotencyKey: idempotencyKey.price(price.priceId) },
        ),
      );
      results.push({ lookupKey: price.lookupKey, gatewayPriceId: created.id, action: 'CREATED' });
    }
    return results;
  }

  async createCheckout(input: CheckoutInput): Promise<CheckoutResult> {
    const price = await this.findPrice(input.price.lookupKey);
    if (!price || !matches(price, input.price)) {
      throw new BillingError(BillingErrorCode.PRICE_NOT_FOUND, `no Stripe price for ${input.price.lookupKey}; run stripe:sync`, {
        lookupKey: input.price.lookupKey,
      });
    }
    const metadata = {
      [METADATA_KEYS.orderId]: input.orderId,
      [METADATA_KEYS.clientId]: input.clientId,
      [METADATA_KEYS.packageSlug]: input.price.packageSlug,
    };
    const session = await this.call(() =>
      this.stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          customer: input.customerId,
          client_reference_id: input.orderId,
          line_items: [{ price: price.id, quantity: 1 }],
          metadata,
          subscription_data: { metadata, description: `${input.price.packageName}: ${input.domain}` },
          success_url: input.successUrl,
          cancel_url: input.cancelUrl,
        },
        { idempotencyKey: idempotencyKey.checkout(input.orderId) },
      ),
    );
    if (!session.url) throw new BillingError(BillingErrorCode.GATEWAY_FAILED, `checkout session ${session.id} has no url`);
    return {
      kind: 'REDIRECT',
      url: session.url,
      sessionId: session.id,
      expiresAt: session.expires_at ? new Date(session.expires_at * 1000) : null,
    };
  }

  async portalLink(input: PortalInput): Promise<{ url: string }> {
    const session = await this.call(() =>
      this.stripe.billingPortal.sessions.create(
        { customer: input.customerId, return_url: input.returnUrl },
        { idempotencyKey: idempotencyKey.portal(input.requestId) },
      ),
    );
    return { url: session.url };
  }

  async cancelSubscription(input: CancelInput): Promise<void> {
    const key = idempotencyKey.cancel(input.subscriptionId, input.requestId, input.atPeriodEnd);
    await this.call(() =>
      input.atPeriodEnd
        ? this.stripe.subscriptions.update(input.subscriptionId, { cancel_at_period_end: true }, { idempotencyKey: key })
        : this.stripe.subscriptions.cancel(input.subscriptionId, {}, { idempotencyKey: key }),
    );
  }

  async changePrice(input: ChangePriceInput): Promise<ChangePriceResult> {
    const subscription = await this.call(() => this.stripe.subscriptions.retrieve(input.subscriptionId));
    const item = subscription.items.data[0];
    if (!item) throw new BillingError(BillingErrorCode.SUBSCRIPTION_NOT_FOUND, `subscription ${input.subscriptionId} has no items`);
    const price = await this.findPrice(input.newPrice.lookupKey);
    if (!price) throw new BillingError(BillingErrorCode.PRICE_NOT_FOUND, `no Stripe price for ${input.newPrice.lookupKey}`);
    await this.call(() =>
      this.stripe.subscriptions.update(
        input.subscriptionId,
        {
          items: [{ id: item.id, price: price.id }],
          proration_behavior: 'create_prorations',
          metadata: { [METADATA_KEYS.packageSlug]: input.newPrice.packageSlug },
        },
        { idempotencyKey: idempotencyKey.changePrice(input.subscriptionId, input.requestId, input.newPrice.priceId) },
      ),
    );
    return { kind: 'GATEWAY_PRORATED' };
  }

  parseWebhook(rawBody: Buffer | string, signature: string | undefined): BillingEvent {
    if (!signature) throw new BillingError(BillingErrorCode.WEBHOOK_SIGNATURE_INVALID, 'missing Stripe-Signature header');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        rawBody,
        signature,
        this.options.webhookSecret,
        this.options.webhookToleranceSeconds ?? 300,
        undefined,
        this.now().getTime(), // milliseconds, despite the neighbouring seconds
      );
    } catch (error) {
      throw new BillingError(BillingErrorCode.WEBHOOK_SIGNATURE_INVALID, 'webhook signature verification failed', {
        cause: (error as Error).message,
      });
    }
    return mapStripeEvent(event);
  }

  private async ensureProduct(price: CatalogPrice): Promise<string> {
    const id = `coop_${price.packageSlug}`;
    const fields = { name: price.packageName, description: price.packageDescription || undefined };
    try {
      const existing = await this.stripe.products.retrieve(id);
      if (existing.name !== fields.name || (existing.description ?? undefined) !== fields.description) {
        await this.call(() =>
          this.stripe.products.update(id, fields, { idempotencyKey: `${idempotencyKey.product(price.packageSlug)}:${price.priceId}` }),
        );
      }
      return id;
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError) || error.code !== 'resource_missing') throw wrap(error);
    }
    await this.call(() =>
      this.stripe.products.create(
        { id, ...fields, metadata: { [METADATA_KEYS.packageSlug]: price.packageSlug } },
        { idempotencyKey: idempotencyKey.product(price.packageSlug) },
      ),
    );
    return id;
  }

  private async findPrice(lookupKey: string): Promise<Stripe.Price | null> {
    const list = await this.call(() => this.stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 }));
    return list.data[0] ?? null;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw wrap(error);
    }
  }
}

function matches(stripePrice: Stripe.Price, price: CatalogPrice): boolean {
  return (
    stripePrice.unit_amount === price.amount.amountMinor &&
    stripePrice.currency.toUpperCase() === price.amount.currency &&
    stripePrice.recurring?.interval === stripeInterval(price.cycle)
  );
}

function wrap(error: unknown): BillingError {
  if (error instanceof BillingError) return error;
  if (error instanceof Stripe.errors.StripeError) {
    return new BillingError(BillingErrorCode.GATEWAY_FAILED, `Stripe: ${error.message}`, {
      type: error.rawType ?? error.type,
      code: error.code,
      statusCode: error.statusCode,
      requestId: error.requestId,
    });
  }
  return new BillingError(BillingErrorCode.GATEWAY_FAILED, (error as Error)?.message ?? String(error));
}

function apiBaseConfig(apiBase: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBase) return {};
  const url = new URL(apiBase);
  const protocol = url.protocol.replace(':', '');
  if (protocol !== 'http' && protocol !== 'https') {
    throw new BillingError(BillingErrorCode.GATEWAY_MISCONFIGURED, `STRIPE_API_BASE must be http(s), got ${apiBase}`);
  }
  return { host: url.hostname, port: url.port || (protocol === 'https' ? '443' : '80'), protocol };
}
