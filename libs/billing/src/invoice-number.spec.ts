import { describe, expect, it } from 'vitest';
import { BillingError } from './billing.error';
import { formatInvoiceNumber, invoiceYear, parseInvoiceNumber } from './invoice-number';

describe('invoice numbers', () => {
  it('pads the yearly sequence to four digits', () => {
    expect(formatInvoiceNumber(2026, 1)).toBe('INV-2026-0001');
    expect(formatInvoiceNumber(2026, 42)).toBe('INV-2026-0042');
  });

  it('keeps counting past 9999 without truncating', () => {
    expect(formatInvoiceNumber(2026, 12345)).toBe('INV-2026-12345');
    expect(parseInvoiceNumber('INV-2026-12345')).toEqual({ year: 2026, sequence: 12345 });
  });

  it('round-trips and sorts in issue order within a year', () => {
    const numbers = [3, 1, 2].map((n) => formatInvoiceNumber(2027, n));
    expect([...numbers].sort()).toEqual(['INV-2027-0001', 'INV-2027-0002', 'INV-2027-0003']);
    expect(parseInvoiceNumber('INV-2027-0003')).toEqual({ year: 2027, sequence: 3 });
  });

  it('rejects sequence zero, negatives and malformed text', () => {
    expect(() => formatInvoiceNumber(2026, 0)).toThrow(BillingError);
    expect(() => formatInvoiceNumber(2026, 1.5)).toThrow(BillingError);
    expect(() => parseInvoiceNumber('INV-2026-0000')).toThrow(BillingError);
    expect(() => parseInvoiceNumber('inv-2026-0001')).toThrow(BillingError);
    expect(() => parseInvoiceNumber('INV-26-0001')).toThrow(BillingError);
  });

  it('numbers by UTC calendar year', () => {
    expect(invoiceYear(new Date('2026-12-31T23:59:59Z'))).toBe(2026);
    expect(invoiceYear(new Date('2027-01-01T00:00:00Z'))).toBe(2027);
  });
});
