import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { PaymentGateway } from '@coop/billing';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { ServiceTransitionsService } from '../orders/service-transitions.service';
import { BillingEventsService } from './billing-events.service';
import { BillingNoticesService } from './billing-notices.service';
import { InvoicesService } from './invoices.service';
import { rowsOf } from './sql-rows';
import { EventLogService } from '../events/event-log.service';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';
import { toCatalogPrice } from '../catalog/catalog.service';

export const DUNNING_JOB = 'billing.daily';

export type DailyRunResult = {
  suspended: number;
  unsuspended: number;
  terminated: number;
  renewalInvoices: number;
  endedAtPeriodEnd: number;
  expiredOrders: number;
};

/**
 * The daily billing run: dunning for every live service (the pure policy decides; each service in its
 * own transaction with its rows locked), manual renewal invoices (once per period), and manual
 * cancellations that reached their period end. Running it twice changes nothing the second time.
 */
@Injectable()
export class DunningService implements OnModuleInit {
  private readonly logger = new Logger(DunningService.name);

  constructor(
    private readonly db: DataSource,
    private readonly billingEvents: BillingEventsService,
    private readonly transitions: ServiceTransitionsService,
    private readonly invoices: InvoicesService,
    private readonly notices: BillingNoticesService,
    private readonly events: EventLogService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.jobs.register(DUNNING_JOB, () => this.run(), { concurrency: 1 });
    this.jobs.schedule(DUNNING_JOB, '15 6 * * *');
  }

  async run(): Promise<DailyRunResult> {
    const result: DailyRunResult = { suspended: 0, unsuspended: 0, terminated: 0, renewalInvoices: 0, endedAtPeriodEnd: 0, expiredOrders: 0 };
    const live: { service_id: string }[] = await this.db.query(
      `SELECT sb.service_id FROM service_billing sb JOIN services s ON s.id = sb.service_id
        WHERE s.status NOT IN ('TERMINATING', 'TERMINATED', 'CANCELLED') ORDER BY sb.service_id`,
    );
    for (const { service_id } of live) {
      const outcome = await this.db.transaction(async (m) => {
        const sb = await this.billingEvents.lockServiceBilling(m, { serviceId: service_id });
        if (!sb) return null;
        return this.billingEvents.applyDunning(m, sb, null);
      });
      if (outcome === 'suspended') result.suspended++;
      if (outcome === 'unsuspended') result.unsuspended++;
      if (outcome === 'terminating') {
        result.terminated++;
        await this.stopCharging(service_id);
      }
    }
    if (this.gateway.kind === 'MANUAL') {
      result.renewalInvoices = await this.issueManualRenewals();
      result.endedAtPeriodEnd = await this.endManualCancellations();
      result.expiredOrders = await this.expireUnpaidManualOrders();
    }
    this.logger.log(result, 'daily billing run');
    return result;
  }

  /** A terminated service must not keep being charged: cancel its Stripe subscription (idempotent). */
  private async stopCharging(serviceId: string): Promise<void> {
    const [sb] = await this.db.query(`SELECT gateway_subscription_id FROM service_billing WHERE service_id = $1 AND gateway = 'STRIPE'`, [serviceId]);
    if (!sb?.gateway_subscription_id) return;
    await this.gateway
      .cancelSubscription({ subscriptionId: sb.gateway_subscription_id, atPeriodEnd: false, requestId: `${serviceId}:dunning-terminate` })
      .catch((err) => this.logger.error({ err, service: serviceId }, 'could not cancel the Stripe subscription of a terminated service'));
  }

  /** The next period's invoice, issued once, a payment term before the current period ends. */
  private async issueManualRenewals(): Promise<number> {
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
  private async expireUnpaidManualOrders(): Promise<number> {
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

  private async endManualCancellations(): Promise<number> {
    const ended: { service_id: string }[] = await this.db.query(
      `SELECT sb.service_id FROM service_billing sb JOIN services s ON s.id = sb.service_id
        WHERE sb.gateway = 'MANUAL' AND sb.cancel_at_period_end AND sb.current_period_end <= $1
          AND s.status NOT IN ('TERMINATING', 'TERMINATED', 'CANCELLED')`,
      [this.clock.now()],
    );
    for (const { service_id } of ended) {
      await this.db.transaction(async (m) => {
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
