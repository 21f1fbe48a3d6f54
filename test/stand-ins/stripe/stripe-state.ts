import { addBillingCycle } from '@coop/billing';
import type Stripe from 'stripe';
import type { FormValue } from './form-body';
import {
  buildCheckoutSession,
  buildCustomer,
  buildEvent,
  buildInvoice,
  buildPortalSession,
  buildPrice,
  buildProduct,
  buildSubscription,
  buildSubscriptionItem,
} from './stripe-objects';

/** A Stripe API error the HTTP layer turns into `{ error: { type, message, code, param } }`. */
export class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly type: Stripe.RawErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

type Params = Record<string, FormValue>;
const str = (v: FormValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const obj = (v: FormValue | undefined): Record<string, FormValue> =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : {};
const metadataOf = (v: FormValue | undefined): Stripe.Metadata =>
  Object.fromEntries(Object.entries(obj(v)).filter(([, x]) => typeof x === 'string' && x !== '')) as Stripe.Metadata;
const missing = (name: string) => new StandInError(404, 'invalid_request_error', `No such ${name}`, 'resource_missing', 'id');

/**
 * The resources the stand-in keeps, with the operations the HTTP routes call and the scenario helpers
 * tests call (a customer finishing checkout, a renewal failing, a late payment). Every change emits
 * the events Stripe would emit, to `emit`.
 */
export class StripeState {
  readonly customers = new Map<string, Stripe.Customer>();
  readonly products = new Map<string, Stripe.Product>();
  readonly prices = new Map<string, Stripe.Price>();
  readonly sessions = new Map<string, Stripe.Checkout.Session>();
  readonly subscriptions = new Map<string, Stripe.Subscription>();
  readonly invoices = new Map<string, Stripe.Invoice>();
  readonly portalSessions = new Map<string, Stripe.BillingPortal.Session>();
  readonly events = new Map<string, Stripe.Event>();
  /** subscription_data the session was created with, applied when it completes. */
  private readonly sessionSubscriptionData = new Map<string, { metadata: Stripe.Metadata; description: string | null; price: string }>();
  private counter = 0;
  private invoiceSequence = 0;

  constructor(
    private readonly baseUrl: () => string,
    private readonly now: () => Date,
    private readonly emit: (event: Stripe.Event) => void,
  ) {}

  id(prefix: string): string {
    this.counter += 1;
    return `${prefix}_SI${this.counter.toString(36).padStart(6, '0')}${Math.random().toString(36).slice(2, 10)}`;
  }

  private unix(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  private event(type: Stripe.Event.Type, object: unknown, previous?: unknown): void {
    const event = buildEvent({ id: this.id('evt'), created: this.unix(), type, object, previous_attributes: previous });
    this.events.set(event.id, event);
    this.emit(event);
  }

  // ---- API operations ---------------------------------------------------------------------------

  createCustomer(p: Params): Stripe.Customer {
    const customer = buildCustomer({
      id: this.id('cus'),
      created: this.unix(),
      name: str(p.name) ?? null,
      email: str(p.email) ?? null,
      metadata: metadataOf(p.metadata),
    });
    this.customers.set(customer.id, customer);
    this.event('customer.created', customer);
    return customer;
  }

  createProduct(p: Params): Stripe.Product {
    const id = str(p.id) ?? this.id('prod');
    if (this.products.has(id)) {
      throw new StandInError(400, 'invalid_request_error', `Product already exists.`, 'resource_already_exists', 'id');
    }
    const name = str(p.name);
    if (!name) throw new StandInError(400, 'invalid_request_error', 'Missing required param: name.', 'parameter_missing', 'name');
    const product = buildProduct({ id, created: this.unix(), name, description: str(p.description) ?? null, metadata: metadataOf(p.metadata) });
    this.products.set(id, product);
    return product;
  }

  updateProduct(id: string, p: Params): Stripe.Product {
    const product = this.get(this.products, id, 'product');
    if (str(p.name)) product.name = str(p.name)!;
    if (p.description !== undefined) product.description = str(p.description) || null;
    product.updated = this.unix();
    return product;
  }

  createPrice(p: Params): Stripe.Price {
    const product = str(p.product);
    if (!product || !this.products.has(product)) throw missing(`product: '${product}'`);
    const amount = Number(str(p.unit_amount));
    if (!Number.isInteger(amount) || amount < 0) {
      throw new StandInError(400, 'invalid_request_error', 'Invalid integer: unit_amount', 'parameter_invalid_integer', 'unit_amount');
    }
    const interval = str(obj(p.recurring).interval);
    if (interval !== 'month' && interval !== 'year') {
      throw new StandInError(400, 'invalid_request_error', 'recurring[interval] must be month or year here', 'parameter_invalid', 'recurring[interval]');
    }
    const lookupKey = str(p.lookup_key) || null;
    if (lookupKey) {
      const holder = [...this.prices.values()].find((x) => x.lookup_key === lookupKey);
      if (holder && str(p.transfer_lookup_key) !== 'true') {
        throw new StandInError(400, 'invalid_request_error', `A price (\`${holder.id}\`) already uses that lookup key.`, 'lookup_key_exists', 'lookup_key');
      }
      if (holder) holder.lookup_key = null;
    }
    const price = buildPrice({
      id: this.id('price'),
      created: this.unix(),
      product,
      currency: (str(p.currency) ?? '').toLowerCase(),
      unit_amount: amount,
      interval,
      lookup_key: lookupKey,
      metadata: metadataOf(p.metadata),
    });
    this.prices.set(price.id, price);
    return price;
  }

  listPrices(q: Params): Stripe.Price[] {
    const keys = Array.isArray(q.lookup_keys) ? q.lookup_keys.map(String) : null;
    const active = str(q.active);
    const limit = Number(str(q.limit) ?? 10);
    return [...this.prices.values()]
      .filter((x) => (keys ? x.lookup_key !== null && keys.includes(x.lookup_key) : true))
      .filter((x) => (active === undefined ? true : String(x.active) === active))
      .slice(0, limit);
  }

  createCheckoutSession(p: Params): Stripe.Checkout.Session {
    if (str(p.mode) !== 'subscription') {
      throw new StandInError(400, 'invalid_request_error', 'The stand-in models subscription mode only.', 'parameter_invalid', 'mode');
    }
    const customer = str(p.customer) ?? null;
    if (customer && !this.customers.has(customer)) throw missing(`customer: '${customer}'`);
    const items = Array.isArray(p.line_items) ? p.line_items : [];
    const priceId = str(obj(items[0]).price);
    if (items.length !== 1 || !priceId) {
      throw new StandInError(400, 'invalid_request_error', 'Exactly one line item with a price.', 'parameter_missing', 'line_items');
    }
    const price = this.get(this.prices, priceId, 'price');
    if (!price.active) throw new StandInError(400, 'invalid_request_error', `The price ${price.id} is not active.`, 'price_inactive');
    const id = this.id('cs_test');
    const subscriptionData = obj(p.subscription_data);
    const session = buildCheckoutSession({
      id,
      created: this.unix(),
      expires_at: this.unix() + 24 * 3600,
      url: `${this.baseUrl()}/c/pay/${id}`,
      customer,
      client_reference_id: str(p.client_reference_id) ?? null,
      metadata: metadataOf(p.metadata),
      amount_total: price.unit_amount ?? 0,
      currency: price.currency,
      success_url: str(p.success_url) ?? '',
      cancel_url: str(p.cancel_url) ?? null,
    });
    this.sessions.set(id, session);
    this.sessionSubscriptionData.set(id, {
      metadata: metadataOf(subscriptionData.metadata),
      description: str(subscriptionData.description) ?? null,
      price: price.id,
    });
    return session;
  }

  updateSubscription(id: string, p: Params): Stripe.Subscription {
    const sub = this.get(this.subscriptions, id, 'subscription');
    if (sub.status === 'canceled') {
      throw new StandInError(400, 'invalid_request_error', 'A canceled subscription can only update its metadata.', 'resource_missing');
    }
    const previous: Record<string, unknown> = {};
    if (p.cancel_at_period_end !== undefined) {
      previous.cancel_at_period_end = sub.cancel_at_period_end;
      sub.cancel_at_period_end = str(p.cancel_at_period_end) === 'true';
      sub.cancel_at = sub.cancel_at_period_end ? sub.items.data[0].current_period_end : null;
    }
    const items = Array.isArray(p.items) ? p.items : [];
    for (const change of items) {
      const item = sub.items.data.find((i) => i.id === str(obj(change).id));
      if (!item) throw missing(`subscription_item: '${str(obj(change).id)}'`);
      const price = this.get(this.prices, str(obj(change).price) ?? '', 'price');
      previous.items = { data: [{ ...item }] };
      item.price = price;
    }
    if (p.metadata !== undefined) {
      previous.metadata = { ...sub.metadata };
      sub.metadata = { ...sub.metadata, ...metadataOf(p.metadata) };
    }
    this.event('customer.subscription.updated', sub, previous);
    return sub;
  }

  cancelSubscription(id: string): Stripe.Subscription {
    const sub = this.get(this.subscriptions, id, 'subscription');
    if (sub.status === 'canceled') {
      throw new StandInError(400, 'invalid_request_error', `The subscription ${id} has already been canceled.`, 'resource_missing');
    }
    sub.status = 'canceled';
    sub.canceled_at = this.unix();
    sub.ended_at = this.unix();
    this.event('customer.subscription.deleted', sub);
    return sub;
  }

  createPortalSession(p: Params): Stripe.BillingPortal.Session {
    const customer = str(p.customer);
    if (!customer || !this.customers.has(customer)) throw missing(`customer: '${customer}'`);
    const id = this.id('bps');
    const session = buildPortalSession({
      id,
      created: this.unix(),
      customer,
      return_url: str(p.return_url) ?? null,
      url: `${this.baseUrl()}/p/session/${id}`,
    });
    this.portalSessions.set(id, session);
    return session;
  }

  get<T>(map: Map<string, T>, id: string, what: string): T {
    const found = map.get(id);
    if (!found) throw missing(`${what}: '${id}'`);
    return found;
  }

  // ---- scenario helpers (what a customer or time does on Stripe's side) -------------------------

  /** The customer pays on the Checkout page: subscription + first invoice, then the events. */
  completeCheckout(sessionId: string, opts: { paid?: boolean } = {}): { subscription: Stripe.Subscription; invoice: Stripe.Invoice } {
    const paid = opts.paid ?? true;
    const session = this.get(this.sessions, sessionId, 'checkout.session');
    if (session.status !== 'open') throw new Error(`session ${sessionId} is ${session.status}`);
    const data = this.sessionSubscriptionData.get(sessionId)!;
    const price = this.get(this.prices, data.price, 'price');
    const customer = (session.customer as string | null) ?? this.createCustomer({}).id;
    const subId = this.id('sub');
    const start = this.unix();
    const item = buildSubscriptionItem({
      id: `si_${subId.slice(4)}`,
      created: start,
      subscription: subId,
      price,
      current_period_start: start,
      current_period_end: this.periodEnd(start, price),
    });
    const subscription = buildSubscription({
      id: subId,
      created: start,
      customer,
      currency: price.currency,
      metadata: data.metadata,
      description: data.description,
      item,
      latest_invoice: null,
    });
    this.subscriptions.set(subId, subscription);
    const invoice = this.issueInvoice(subscription, 'subscription_create');
    subscription.latest_invoice = invoice.id;
    if (!paid) subscription.status = 'incomplete';
    Object.assign(session, {
      status: 'complete',
      payment_status: paid ? 'paid' : 'unpaid',
      customer,
      subscription: subId,
      invoice: invoice.id,
    });
    this.event('customer.subscription.created', subscription);
    if (paid) this.markPaid(invoice);
    this.event('checkout.session.completed', session);
    return { subscription, invoice };
  }

  /** A delayed payment method (e.g. pre-authorized debit) settles or fails after checkout. */
  settleAsyncCheckout(sessionId: string, succeeded: boolean): void {
    const session = this.get(this.sessions, sessionId, 'checkout.session');
    const sub = this.get(this.subscriptions, session.subscription as string, 'subscription');
    if (succeeded) {
      session.payment_status = 'paid';
      sub.status = 'active';
      this.markPaid(this.get(this.invoices, session.invoice as string, 'invoice'));
      this.event('checkout.session.async_payment_succeeded', session);
    } else {
      sub.status = 'incomplete_expired';
      this.event('checkout.session.async_payment_failed', session);
    }
  }

  expireCheckout(sessionId: string): void {
    const session = this.get(this.sessions, sessionId, 'checkout.session');
    session.status = 'expired';
    this.event('checkout.session.expired', session);
  }

  /** The next period starts: a renewal invoice is charged, successfully or not. */
  renew(subscriptionId: string, opts: { paymentSucceeds: boolean }): Stripe.Invoice {
    const sub = this.get(this.subscriptions, subscriptionId, 'subscription');
    const item = sub.items.data[0];
    item.current_period_start = item.current_period_end;
    item.current_period_end = this.periodEnd(item.current_period_start, item.price);
    const invoice = this.issueInvoice(sub, 'subscription_cycle');
    sub.latest_invoice = invoice.id;
    if (opts.paymentSucceeds) {
      this.markPaid(invoice);
      this.event('customer.subscription.updated', sub, { items: { data: [{ current_period_start: 0 }] } });
    } else {
      invoice.attempted = true;
      invoice.attempt_count = 1;
      invoice.next_payment_attempt = this.unix() + 3 * 86_400;
      this.event('invoice.payment_failed', invoice);
      sub.status = 'past_due';
      this.event('customer.subscription.updated', sub, { status: 'active' });
    }
    return invoice;
  }

  /** The client pays an open invoice (new card, retry). */
  payInvoice(invoiceId: string): void {
    const invoice = this.get(this.invoices, invoiceId, 'invoice');
    this.markPaid(invoice);
    const subId = invoice.parent?.subscription_details?.subscription as string | undefined;
    const sub = subId ? this.subscriptions.get(subId) : undefined;
    if (sub && sub.status !== 'active' && sub.status !== 'canceled') {
      const previous = sub.status;
      sub.status = 'active';
      this.event('customer.subscription.updated', sub, { status: previous });
    }
  }

  private issueInvoice(sub: Stripe.Subscription, reason: Stripe.Invoice.BillingReason): Stripe.Invoice {
    const item = sub.items.data[0];
    const customer = this.get(this.customers, sub.customer as string, 'customer');
    this.invoiceSequence += 1;
    const id = this.id('in');
    const invoice = buildInvoice({
      id,
      created: this.unix(),
      customer: customer.id,
      currency: item.price.currency,
      amount: item.price.unit_amount ?? 0,
      number: `${customer.invoice_prefix}-${String(this.invoiceSequence).padStart(4, '0')}`,
      hosted_invoice_url: `${this.baseUrl()}/i/${id}`,
      billing_reason: reason,
      subscription: sub.id,
      subscription_metadata: sub.metadata,
      period_start: item.current_period_start,
      period_end: item.current_period_end,
      description: sub.description ?? 'Subscription',
    });
    this.invoices.set(id, invoice);
    return invoice;
  }

  private markPaid(invoice: Stripe.Invoice): void {
    Object.assign(invoice, { status: 'paid', amount_paid: invoice.amount_due, amount_remaining: 0, attempted: true, next_payment_attempt: null });
    invoice.attempt_count += 1;
    this.event('invoice.paid', invoice);
  }

  private periodEnd(start: number, price: Stripe.Price): number {
    const cycle = price.recurring?.interval === 'year' ? 'YEARLY' : 'MONTHLY';
    return Math.floor(addBillingCycle(new Date(start * 1000), cycle).getTime() / 1000);
  }
}
