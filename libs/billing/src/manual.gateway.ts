import { BillingError, BillingErrorCode } from './billing.error';
import type { BillingEvent, InvoiceEvent } from './billing-event';
import { addBillingCycle, addDays } from './billing-period';
import { Money, prorate } from './money';
import type {
  CancelInput,
  CatalogPrice,
  ChangePriceInput,
  ChangePriceResult,
  CheckoutInput,
  CheckoutResult,
  EnsureCustomerInput,
  InvoiceLineDraft,
  PaymentGateway,
  PortalInput,
  PriceSyncResult,
} from './payment-gateway';

export interface ManualGatewayOptions {
  /** Days between issuing an invoice and its due date. */
  readonly paymentTermsDays?: number;
  /** Where clients see and pay their invoices in the portal. */
  readonly invoicesUrl: string;
}

/**
 * Pay by invoice (bank transfer, cheque, e-transfer). Nothing leaves the building: the gateway drafts
 * invoices (lines, period, due date) that the app numbers and stores; staff confirm payment with
 * `markInvoicePaid`, which produces the same INVOICE_PAID event a Stripe webhook would.
 */
export class ManualGateway implements PaymentGateway {
  readonly kind = 'MANUAL' as const;
  private readonly termsDays: number;

  constructor(private readonly options: ManualGatewayOptions) {
    this.termsDays = options.paymentTermsDays ?? 14;
  }

  async ensureCustomer(input: EnsureCustomerInput): Promise<{ customerId: string }> {
    return { customerId: input.existingCustomerId ?? `manual:${input.clientId}` };
  }

  async createCheckout(input: CheckoutInput): Promise<CheckoutResult> {
    return { kind: 'INVOICE', ...this.periodInvoice(input.price, input.domain, input.now) };
  }

  /** The invoice for one period of a package starting at `periodStart` (first or renewal). */
  periodInvoice(price: CatalogPrice, domain: string, periodStart: Date) {
    const periodEnd = addBillingCycle(periodStart, price.cycle);
    const cycle = price.cycle === 'MONTHLY' ? 'monthly' : 'yearly';
    const lines: InvoiceLineDraft[] = [
      { description: `${price.packageName} (${cycle}) for ${domain}`, amount: price.amount, periodStart, periodEnd },
    ];
    return { lines, periodStart, periodEnd, dueAt: addDays(periodStart, this.termsDays) };
  }

  async portalLink(_input: PortalInput): Promise<{ url: string }> {
    return { url: this.options.invoicesUrl };
  }

  async cancelSubscription(_input: CancelInput): Promise<void> {
    // Nothing to tell anyone: the app stops issuing renewal invoices.
  }

  async changePrice(input: ChangePriceInput): Promise<ChangePriceResult> {
    const p = prorate({
      oldPrice: input.currentPrice,
      newPrice: input.newPrice.amount,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      at: input.now,
    });
    const lines: InvoiceLineDraft[] = [
      line(`Unused time on the previous package (${share(p.remainingSeconds, p.periodSeconds)})`, neg(p.credit), input),
      line(`${input.newPrice.packageName}, remaining time (${share(p.remainingSeconds, p.periodSeconds)})`, p.charge, input),
    ];
    return { kind: 'INVOICE', lines, net: p.net, dueAt: addDays(input.now, this.termsDays) };
  }

  parseWebhook(_rawBody: Buffer | string, _signature: string | undefined): BillingEvent {
    throw new BillingError(BillingErrorCode.WEBHOOK_NOT_SUPPORTED, 'the manual gateway receives no webhooks');
  }

  async syncPrices(prices: readonly CatalogPrice[]): Promise<PriceSyncResult[]> {
    return prices.map((p) => ({ lookupKey: p.lookupKey, gatewayPriceId: null, action: 'UNCHANGED' as const }));
  }
}

/** What staff confirming a transfer produces: the same event as Stripe's `invoice.paid`. */
export function manualInvoicePaidEvent(input: {
  invoiceId: string;
  orderId: string | null;
  number: string;
  amount: Money;
  reference: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  paidAt: Date;
}): InvoiceEvent {
  return {
    id: `manual:${input.invoiceId}`,
    sourceType: 'manual.invoice.paid',
    occurredAt: input.paidAt,
    kind: 'INVOICE_PAID',
    invoiceId: input.invoiceId,
    orderId: input.orderId,
    subscriptionId: null,
    customerId: null,
    amount: input.amount,
    number: input.number,
    hostedUrl: null,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    dueAt: null,
    reference: input.reference,
  };
}

function line(description: string, amount: Money, input: ChangePriceInput): InvoiceLineDraft {
  return { description, amount, periodStart: input.now, periodEnd: input.periodEnd };
}

function neg(m: Money): Money {
  return { amountMinor: -m.amountMinor, currency: m.currency };
}

function share(remaining: number, total: number): string {
  return `${Math.round((remaining * 1000) / total) / 10}% of the period`;
}
