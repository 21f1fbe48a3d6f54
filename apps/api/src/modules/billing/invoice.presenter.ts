import { formatMoney, money } from '@coop/billing';
import type { InvoiceObject } from './dto/invoice.object';
import type { InvoiceRow } from './invoices.service';

/** An invoice as clients see it; manual invoices are paid from the portal's billing page. */
export function presentInvoice(row: InvoiceRow, publicUrl: string): InvoiceObject {
  return {
    id: row.id,
    number: row.number,
    status: row.status as InvoiceObject['status'],
    amount: row.amountMinor,
    currency: row.currency,
    formattedAmount: formatMoney(money(row.amountMinor, row.currency)),
    gateway: row.gateway,
    dueAt: row.dueAt,
    paidAt: row.paidAt,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    payUrl: row.hostedUrl ?? (row.gateway === 'MANUAL' ? `${publicUrl}/billing/invoices/${row.id}` : null),
    paymentReference: row.paymentReference,
    createdAt: row.createdAt,
  };
}
