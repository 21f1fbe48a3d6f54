import { Inject, Injectable } from '@nestjs/common';
import type { PaymentGateway } from '@coop/billing';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { toCatalogPrice } from '../catalog/catalog.service';
import { EventLogService } from '../events/event-log.service';
import { ServiceTransitionsService } from '../orders/service-transitions.service';
import { BillingEventsService } from './billing-events.service';
import { BillingNoticesService } from './billing-notices.service';
import { InvoicesService } from './invoices.service';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';
import { rowsOf } from '../../database/sql-rows';
import { lockServiceOrder } from '../orders/order-rows';

/**
 * What Stripe would otherwise do for us, for clients who pay by invoice: issue each next period's
 * invoice once, end services cancelled at period end, expire orders never paid. Part of the daily run.
 */
@Injectable()
export class ManualRenewalsService {
  constructor(
    private readonly db: DataSource,
    private readonly billingEvents: BillingEventsService,
    private readonly transitions: ServiceTransitionsService,
    private readonly invoices: InvoicesService,
    private readonly notices: BillingNoticesService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The next period's invoice, issued once, a payment term before the current period ends. */
  async issueRenewals(): Promise<number> {
    const now = this.clock.now();
    const termsMs = this.config.manualPaymentTermsDays * 86_400_000;
    const due: { service_id: string }[] = await this.db.query(
      `SELECT sb.service_id FROM service_billing sb JOIN services s ON s.id = sb.service_id
        WHERE sb.gateway = 'MANUAL' AND NOT sb.cancel_at_period_end AND s.status NOT IN ('TERMINATING', 'TERMINATED', 'CANCELLED')
          AND sb.current_period_end - ($1 || ' milliseconds')::interval <= $2`,
      [termsMs, now],
    );
    let issued = 0;
    for (const { service_id } of due) {
      issued += await this.db.transaction(async (m) => {
        await lockServiceOrder(m, service_id);
        const [sb] = await m.query(
          `SELECT sb.*, s.domain, p.slug, p.name, p.description, pp.amount_minor, pp.currency, pp.lookup_key, pp.id AS pid
             FROM service_billing sb JOIN services s ON s.id = sb.service_id JOIN packages p ON p.id = s.package_id
             JOIN package_prices pp ON pp.id = sb.price_id WHERE sb.service_id = $1 FOR UPDATE OF sb`,
          [service_id],
        );
        const [exists] = await m.query(`SELECT 1 FROM invoices WHERE service_id = $1 AND period_start = $2 AND gateway = 'MANUAL'`, [service_id, sb.current_period_end]);
        if (exists) return 0;
        const price = toCatalogPrice({ id: sb.pid, cycle: sb.cycle, amount_minor: sb.amount_minor, currency: sb.currency, lookup_key: sb.lookup_key }, sb);
        const start: Date = sb.current_period_end;
        const draft = await this.gateway.createCheckout({
          orderId: sb.order_id,
          clientId: sb.client_id,
          customerId: `manual:${sb.client_id}`,
          price,
          domain: sb.domain,
          successUrl: '',
          cancelUrl: '',
          now: start,
        });
        if (draft.kind !== 'INVOICE') return 0;
        // Due when the new period starts at the latest, not a payment term after it.
        const invoice = await this.invoices.issueManual(m, {
          clientId: sb.client_id,
          orderId: null,
          serviceId: service_id,
          draft: { ...draft, dueAt: start },
        });
        await this.notices.add(m, {
          clientId: sb.client_id,
          serviceId: service_id,
          kind: 'INVOICE_ISSUED',
          message: `Invoice ${invoice.number} for the next period of ${sb.name} (${sb.domain}) is ready.`,
        });
        return 1;
      });
    }
    return issued;
  }

  /**
   * A manual order whose first invoice is still unpaid a suspension window after its due date was
   * never taken up: the order expires and its invoice is voided (the number stays used: no gaps).
   */
  async expireUnpaidOrders(): Promise<number> {
    return this.db.transaction(async (m) => {
      const expired = await rowsOf<{ id: string; client_id: string; domain: string }>(
        m,
        `UPDATE orders o SET status = 'EXPIRED', updated_at = $1
           FROM invoices i, packages p
          WHERE i.order_id = o.id AND p.id = o.package_id AND o.gateway = 'MANUAL' AND o.status = 'PENDING_PAYMENT'
            AND i.status = 'OPEN' AND i.due_at + make_interval(days => p.suspension_days) <= $1
        RETURNING o.id, o.client_id, o.domain`,
        [this.clock.now()],
      );
      for (const order of expired) {
        await m.query(`UPDATE invoices SET status = 'VOID' WHERE order_id = $1 AND status = 'OPEN'`, [order.id]);
        await this.events.record(m, { actorId: null, action: 'order.expired', subjectType: 'order', subjectId: order.id, clientId: order.client_id });
        await this.notices.add(m, {
          clientId: order.client_id,
          serviceId: null,
          kind: 'ORDER_EXPIRED',
          message: `The order for ${order.domain} expired unpaid and its invoice was voided. You can order again at any time.`,
        });
      }
      return expired.length;
    });
  }

  async endCancelledAtPeriodEnd(): Promise<number> {
    const ended: { service_id: string }[] = await this.db.query(
      `SELECT sb.service_id FROM service_billing sb JOIN services s ON s.id = sb.service_id
        WHERE sb.gateway = 'MANUAL' AND sb.cancel_at_period_end AND sb.current_period_end <= $1
          AND s.status NOT IN ('TERMINATING', 'TERMINATED', 'CANCELLED')`,
      [this.clock.now()],
    );
    for (const { service_id } of ended) {
      await this.db.transaction(async (m) => {
        await lockServiceOrder(m, service_id);
        const sb = await this.billingEvents.lockServiceBilling(m, { serviceId: service_id });
        if (!sb || ['TERMINATING', 'TERMINATED', 'CANCELLED'].includes(sb.status)) return;
        await this.transitions.apply(m, {
          serviceId: service_id,
          transition: 'TERMINATE',
          actorId: null,
          message: 'The service was cancelled at the end of its period and is being shut down.',
        });
      });
    }
    return ended.length;
  }
}
