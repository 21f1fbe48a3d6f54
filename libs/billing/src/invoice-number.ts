import { BillingError, BillingErrorCode } from './billing.error';

/**
 * Manual-gateway invoice numbers: one gap-free sequence per calendar year, `INV-2026-0001`.
 * The sequence itself is a counter row in the database; this only formats and parses.
 */
export function formatInvoiceNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(sequence) || sequence < 1) {
    throw new BillingError(BillingErrorCode.INVALID_INVOICE_NUMBER, `no invoice number for ${year}/${sequence}`);
  }
  return `INV-${year}-${String(sequence).padStart(4, '0')}`;
}

const PATTERN = /^INV-(\d{4})-(\d{4,})$/;

export function parseInvoiceNumber(text: string): { year: number; sequence: number } {
  const m = PATTERN.exec(text);
  if (!m || Number(m[2]) < 1) {
    throw new BillingError(BillingErrorCode.INVALID_INVOICE_NUMBER, `"${text}" is not an invoice number`);
  }
  return { year: Number(m[1]), sequence: Number(m[2]) };
}

/** The numbering year of an invoice issued at `at` (UTC calendar year). */
export function invoiceYear(at: Date): number {
  return at.getUTCFullYear();
}
