import { Injectable } from '@nestjs/common';
import { formatInvoiceNumber, type InvoiceDunningFacts, type InvoiceEvent, type InvoiceLineDraft, invoiceYear, sumMoney } from '@coop/billing';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { rowsOf } from '../../database/sql-rows';

export type InvoiceStatus = 'OPEN' | 'PAID' | 'VOID' | 'UNCOLLECTIBLE';

export type InvoiceRow = {
  id: string;
  clientId: string;
  orderId: string | null;
  serviceId: string | null;
  gateway: 'STRIPE' | 'MANUAL';
  gatewayInvoiceId: string | null;
  number: string | null;
  status: InvoiceStatus;
  amountMinor: number;
  currency: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  dueAt: Date | null;
  failedAt: Date | null;
  paidAt: Date | null;
  paymentReference: string | null;
  hostedUrl: string | null;
  createdAt: Date;
};

export type InvoiceLineRow = { description: string; amountMinor: number; currency: string; periodStart: Date | null; periodEnd: Date | null };

export type ManualInvoiceDraft = { lines: readonly InvoiceLineDraft[]; dueAt: Date; periodStart: Date | null; periodEnd: Date | null };

/** Our invoices: manual ones we number and issue, and a copy of each Stripe invoice the webhooks report. */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Issues a numbered manual invoice. The yearly counter is bumped with UPDATE ... RETURNING inside the
   * caller's transaction, so a rolled-back invoice gives its number back: numbers are gap-free.
   */
  async issueManual(m: EntityManager, p: { clientId: string; orderId: string | null; serviceId: string | null; draft: ManualInvoiceDraft }): Promise<InvoiceRow> {
    const now = this.clock.now();
    const currency = p.draft.lines[0]?.amount.currency ?? 'CAD';
    const total = sumMoney(p.draft.lines.map((l) => l.amount), currency);
    const year = invoiceYear(now);
    const [{ last_value }] = await m.query(
      `INSERT INTO invoice_number_counters (year, last_value) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_value = invoice_number_counters.last_value + 1 RETURNING last_value`,
      [year],
    );
    const [row] = await m.query(
      `INSERT INTO invoices (client_id, order_id, service_id, gateway, number, status, amount_minor, currency, period_start, period_end, due_at, created_at)
       VALUES ($1, $2, $3, 'MANUAL', $4, 'OPEN', $5, $6, $7, $8, $9, $10) RETURNING *`,
      [p.clientId, p.orderId, p.serviceId, formatInvoiceNumber(year, last_value), total.amountMinor, currency, p.draft.periodStart, p.draft.periodEnd, p.draft.dueAt, now],
    );
    let position = 0;
    for (const line of p.draft.lines) {
      await m.query(
        `INSERT INTO invoice_lines (invoice_id, position, description, amount_minor, currency, period_start, period_end) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.id, position++, line.description, line.amount.amountMinor, line.amount.currency, line.periodStart, line.periodEnd],
      );
    }
    return toInvoice(row);
  }

  /** Our copy of a Stripe invoice. A late `payment_failed` never reopens an invoice that is already paid. */
  async recordGatewayInvoice(m: EntityManager, e: InvoiceEvent, ctx: { clientId: string; orderId: string | null; serviceId: string | null }): Promise<InvoiceRow> {
    const paid = e.kind === 'INVOICE_PAID';
    const [row] = await m.query(
      `INSERT INTO invoices (client_id, order_id, service_id, gateway, gateway_invoice_id, number, status, amount_minor, currency,
                             period_start, period_end, due_at, failed_at, paid_at, payment_reference, hosted_url, created_at)
       VALUES ($1, $2, $3, 'STRIPE', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (gateway_invoice_id) DO UPDATE SET
         status = CASE WHEN invoices.status = 'PAID' THEN 'PAID' ELSE excluded.status END,
         paid_at = coalesce(invoices.paid_at, excluded.paid_at),
         failed_at = coalesce(invoices.failed_at, excluded.failed_at),
         service_id = coalesce(invoices.service_id, excluded.service_id),
         order_id = coalesce(invoices.order_id, excluded.order_id),
         number = coalesce(excluded.number, invoices.number),
         hosted_url = coalesce(excluded.hosted_url, invoices.hosted_url)
       RETURNING *`,
      [
        ctx.clientId,
        ctx.orderId,
        ctx.serviceId,
        e.invoiceId,
        e.number,
        paid ? 'PAID' : 'OPEN',
        e.amount.amountMinor,
        e.amount.currency,
        e.periodStart,
        e.periodEnd,
        e.dueAt,
        paid ? null : e.occurredAt,
        paid ? e.occurredAt : null,
        e.reference,
        e.hostedUrl,
        this.clock.now(),
      ],
    );
    return toInvoice(row);
  }

  /** Marks an open manual invoice paid; returns null when it was not open (already paid or void). */
  async markManualPaid(m: EntityManager, invoiceId: string, reference: string, at: Date): Promise<InvoiceRow | null> {
    const [row] = await rowsOf(
      m,
      `UPDATE invoices SET status = 'PAID', paid_at = $3, payment_reference = $2 WHERE id = $1 AND gateway = 'MANUAL' AND status = 'OPEN' RETURNING *`,
      [invoiceId, reference, at],
    );
    return row ? toInvoice(row) : null;
  }

  async attachOrderInvoicesToService(m: EntityManager, orderId: string, serviceId: string): Promise<void> {
    await m.query('UPDATE invoices SET service_id = $2 WHERE order_id = $1 AND service_id IS NULL', [orderId, serviceId]);
  }

  async voidOpenForService(m: EntityManager, serviceId: string): Promise<void> {
    await m.query(`UPDATE invoices SET status = 'VOID' WHERE service_id = $1 AND status = 'OPEN' AND gateway = 'MANUAL'`, [serviceId]);
  }

  async dunningFacts(m: EntityManager, serviceId: string): Promise<InvoiceDunningFacts[]> {
    const rows = await m.query(`SELECT status, failed_at, due_at, gateway FROM invoices WHERE service_id = $1 AND status = 'OPEN'`, [serviceId]);
    return rows.map((r: Record<string, any>) => ({
      status: r.status,
      failedAt: r.failed_at,
      // Stripe charges automatically: only a failed charge makes its invoice overdue.
      dueAt: r.gateway === 'MANUAL' ? r.due_at : null,
    }));
  }

  async byId(id: string, manager?: EntityManager): Promise<InvoiceRow | null> {
    const [row] = await (manager ?? this.db.manager).query('SELECT * FROM invoices WHERE id = $1', [id]);
    return row ? toInvoice(row) : null;
  }

  async forOrder(orderId: string, manager?: EntityManager): Promise<InvoiceRow | null> {
    const [row] = await (manager ?? this.db.manager).query('SELECT * FROM invoices WHERE order_id = $1 ORDER BY created_at LIMIT 1', [orderId]);
    return row ? toInvoice(row) : null;
  }

  async forClient(clientId: string): Promise<InvoiceRow[]> {
    const rows = await this.db.query('SELECT * FROM invoices WHERE client_id = $1 ORDER BY created_at DESC, number DESC', [clientId]);
    return rows.map(toInvoice);
  }

  async lines(invoiceId: string): Promise<InvoiceLineRow[]> {
    const rows = await this.db.query('SELECT * FROM invoice_lines WHERE invoice_id = $1 ORDER BY position', [invoiceId]);
    return rows.map((r: Record<string, any>) => ({
      description: r.description,
      amountMinor: r.amount_minor,
      currency: r.currency,
      periodStart: r.period_start,
      periodEnd: r.period_end,
    }));
  }
}

export function toInvoice(r: Record<string, any>): InvoiceRow {
  return {
    id: r.id,
    clientId: r.client_id,
    orderId: r.order_id,
    serviceId: r.service_id,
    gateway: r.gateway,
    gatewayInvoiceId: r.gateway_invoice_id,
    number: r.number,
    status: r.status,
    amountMinor: r.amount_minor,
    currency: r.currency,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueAt: r.due_at,
    failedAt: r.failed_at,
    paidAt: r.paid_at,
    paymentReference: r.payment_reference,
    hostedUrl: r.hosted_url,
    createdAt: r.created_at,
  };
}
