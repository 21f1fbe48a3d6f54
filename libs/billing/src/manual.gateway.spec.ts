import { describe, expect, it } from 'vitest';
import { BillingError, BillingErrorCode } from './billing.error';
import { manualInvoicePaidEvent, ManualGateway } from './manual.gateway';
import { money } from './money';
import type { CatalogPrice } from './payment-gateway';

const price = (amount: number, cycle: 'MONTHLY' | 'YEARLY' = 'MONTHLY'): CatalogPrice => ({
  priceId: 'p1',
  packageSlug: 'website',
  packageName: 'Website',
  packageDescription: '',
  cycle,
  amount: money(amount, 'CAD'),
  lookupKey: 'coop_website_monthly',
});
const gateway = new ManualGateway({ invoicesUrl: 'http://portal/invoices', paymentTermsDays: 10 });
const now = new Date('2026-01-31T12:00:00Z');

describe('ManualGateway', () => {
  it('drafts one invoice line for the first period, due after the payment terms', async () => {
    const result = await gateway.createCheckout({
      orderId: 'o1',
      clientId: 'c1',
      customerId: 'manual:c1',
      price: price(2500),
      domain: 'example.org',
      successUrl: '',
      cancelUrl: '',
      now,
    });
    expect(result).toMatchObject({
      kind: 'INVOICE',
      periodStart: now,
      periodEnd: new Date('2026-02-28T12:00:00Z'),
      dueAt: new Date('2026-02-10T12:00:00Z'),
    });
    if (result.kind !== 'INVOICE') throw new Error('unreachable');
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0].amount).toEqual(money(2500, 'CAD'));
    expect(result.lines[0].description).toContain('example.org');
  });

  it('drafts a yearly invoice for a year', () => {
    const draft = gateway.periodInvoice(price(25000, 'YEARLY'), 'example.org', new Date('2026-03-01T00:00:00Z'));
    expect(draft.periodEnd).toEqual(new Date('2027-03-01T00:00:00Z'));
  });

  it('invoices a package change with the shared proration: credit line plus charge line', async () => {
    const result = await gateway.changePrice({
      subscriptionId: 'svc',
      currentPrice: money(3000, 'CAD'),
      newPrice: price(6000),
      periodStart: new Date('2026-04-01T00:00:00Z'),
      periodEnd: new Date('2026-05-01T00:00:00Z'),
      now: new Date('2026-04-16T00:00:00Z'),
      requestId: 'r',
    });
    if (result.kind !== 'INVOICE') throw new Error('expected an invoice');
    expect(result.lines.map((l) => l.amount.amountMinor)).toEqual([-1500, 3000]);
    expect(result.net).toEqual(money(1500, 'CAD'));
    expect(result.lines.reduce((s, l) => s + l.amount.amountMinor, 0)).toBe(result.net.amountMinor);
  });

  it('keeps an existing customer id and otherwise names the client', async () => {
    expect(await gateway.ensureCustomer({ clientId: 'c1', name: 'n', email: 'e', existingCustomerId: null })).toEqual({
      customerId: 'manual:c1',
    });
    expect(await gateway.ensureCustomer({ clientId: 'c1', name: 'n', email: 'e', existingCustomerId: 'cus_1' })).toEqual({
      customerId: 'cus_1',
    });
  });

  it('refuses webhooks', () => {
    try {
      gateway.parseWebhook('{}', 't=1,v1=x');
      expect.fail('should throw');
    } catch (e) {
      expect((e as BillingError).code).toBe(BillingErrorCode.WEBHOOK_NOT_SUPPORTED);
    }
  });

  it('marks a manual payment with an event id derived from the invoice, so it applies once', () => {
    const input = {
      invoiceId: 'inv-1',
      orderId: 'o1',
      number: 'INV-2026-0001',
      amount: money(2500, 'CAD'),
      reference: 'e-transfer 123',
      periodStart: null,
      periodEnd: null,
      paidAt: now,
    };
    const a = manualInvoicePaidEvent(input);
    expect(a).toMatchObject({ kind: 'INVOICE_PAID', id: 'manual:inv-1', orderId: 'o1', reference: 'e-transfer 123' });
    expect(manualInvoicePaidEvent({ ...input, reference: 'again' }).id).toBe(a.id);
  });
});
