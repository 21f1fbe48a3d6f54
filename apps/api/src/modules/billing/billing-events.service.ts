import { Injectable, Logger } from '@nestjs/common';
import { type BillingEvent, type DunningFacts, dunningDeadlines, formatMoney, type InvoiceEvent, nextDunningStep, overdueSince, type ServiceStatus } from '@coop/billing';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { EventLogService } from '../events/event-log.service';
import { OrderFulfilmentService } from '../orders/order-fulfilment.service';
import { lockOrder, type OrderRow } from '../orders/order-rows';
import { ServiceTransitionsService } from '../orders/service-transitions.service';
import { BillingAccountsService } from './billing-accounts.service';
import { BillingNoticesService } from './billing-notices.service';
import { InvoicesService } from './invoices.service';
import { rowsOf } from '../../database/sql-rows';

export type HandleResult = { duplicate: boolean; outcome: string };

/** What each dunning step does to the service, what the client is told, and the outcome reported. */
const DUNNING_EFFECTS = {
  SUSPEND: {
    transition: 'SUSPEND_OVERDUE',
    outcome: 'suspended',
    message: 'This service is suspended because a payment is overdue. It comes back on automatically once paid; your data is kept.',
  },
  UNSUSPEND: { transition: 'UNSUSPEND', outcome: 'unsuspended', message: 'Thank you: the overdue payment arrived and the service is being switched back on.' },
  TERMINATE: {
    transition: 'TERMINATE',
    outcome: 'terminating',
    message: 'This service stayed unpaid past the suspension window and is being shut down. Backups are kept for their retention period.',
  },
} as const;

export type ServiceBillingRow = {
  service_id: string;
  client_id: string;
  status: ServiceStatus;
  suspension_reason: 'OVERDUE' | 'MANUAL' | 'ABUSE' | null;
  suspended_at: Date | null;
  current_period_end: Date;
  gateway_state_at: Date | null;
  grace_days: number;
  suspension_days: number;
};

/**
 * Applies payment events (Stripe webhooks, and staff confirming a manual payment) exactly once:
 * the event row is inserted first (ON CONFLICT DO NOTHING) and the effects run in the same
 * transaction, so a duplicate delivery finds the row and changes nothing. Effects act on the current
 * state of our rows (locked), never on assumptions about delivery order.
 */
@Injectable()
export class BillingEventsService {
  private readonly logger = new Logger(BillingEventsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly transitions: ServiceTransitionsService,
    private readonly invoices: InvoicesService,
    private readonly accounts: BillingAccountsService,
    private readonly notices: BillingNoticesService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
  ) {}

  /** `payload` is the provider's JSON text as received (stored as jsonb), or an object for manual events. */
  async handle(event: BillingEvent, payload: string | object, actorId: string | null = null): Promise<HandleResult> {
    const record = async (m: EntityManager) =>
      (
        await m.query(
          `INSERT INTO billing_events (id, source, type, occurred_at, received_at, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            event.id,
            event.id.startsWith('manual:') ? 'manual' : 'stripe',
            event.sourceType,
            event.occurredAt,
            this.clock.now(),
            typeof payload === 'string' ? payload : JSON.stringify(payload),
          ],
        )
      ).length > 0;
    // Types we do not act on are stored and acknowledged in one statement; no transaction needed.
    const result =
      event.kind === 'IGNORED'
        ? (await record(this.db.manager))
          ? { duplicate: false, outcome: 'ignored' }
          : { duplicate: true, outcome: 'duplicate' }
        : await this.db.transaction(async (m) =>
            (await record(m)) ? { duplicate: false, outcome: await this.apply(m, event, actorId) } : { duplicate: true, outcome: 'duplicate' },
          );
    this.logger.log({ billingEvent: event.id, type: event.sourceType, ...result }, 'billing event');
    return result;
  }

  private async apply(m: EntityManager, e: BillingEvent, actorId: string | null): Promise<string> {
    switch (e.kind) {
      case 'CHECKOUT_COMPLETED': {
        const order = await lockOrder(m, { id: e.orderId, subscriptionId: e.subscriptionId });
        if (!order) return 'unknown-order';
        if (order.status === 'PENDING_PAYMENT' && e.paid) {
          await this.fulfil(m, order, e.subscriptionId, null, null, actorId, e.sourceType);
          return 'fulfilled';
        }
        if (e.subscriptionId) await this.linkSubscription(m, order, e.subscriptionId);
        return order.status === 'PENDING_PAYMENT' ? 'awaiting-payment' : `order-already-${order.status.toLowerCase()}`;
      }
      case 'CHECKOUT_FAILED':
      case 'CHECKOUT_EXPIRED': {
        const order = await lockOrder(m, { id: e.orderId });
        if (!order || order.status !== 'PENDING_PAYMENT') return 'no-pending-order';
        const status = e.kind === 'CHECKOUT_EXPIRED' ? 'EXPIRED' : 'CANCELLED';
        await m.query('UPDATE orders SET status = $2, updated_at = $3 WHERE id = $1', [order.id, status, this.clock.now()]);
        await this.events.record(m, { actorId, action: `order.${status.toLowerCase()}`, subjectType: 'order', subjectId: order.id, clientId: order.clientId });
        return `order-${status.toLowerCase()}`;
      }
      case 'INVOICE_PAID':
      case 'INVOICE_PAYMENT_FAILED':
        return this.applyInvoice(m, e, actorId);
      case 'SUBSCRIPTION_UPDATED': {
        // Locks are always taken order first, then service: concurrent events cannot deadlock.
        await lockOrder(m, { id: e.orderId, subscriptionId: e.subscriptionId });
        const sb = await this.lockServiceBilling(m, { subscriptionId: e.subscriptionId });
        if (!sb) return 'no-service';
        if (sb.gateway_state_at && sb.gateway_state_at > e.occurredAt) return 'stale';
        await m.query(
          `UPDATE service_billing SET cancel_at_period_end = $2, current_period_end = greatest(current_period_end, coalesce($3, current_period_end)),
             gateway_state_at = $4 WHERE service_id = $1`,
          [sb.service_id, e.cancelAtPeriodEnd, e.currentPeriodEnd, e.occurredAt],
        );
        if (e.priceLookupKey && (await this.followPriceChange(m, sb, e.priceLookupKey, actorId))) return 'package-changed';
        return `subscription-${e.status}`;
      }
      case 'SUBSCRIPTION_DELETED': {
        const order = await lockOrder(m, { id: e.orderId, subscriptionId: e.subscriptionId });
        const sb = await this.lockServiceBilling(m, { subscriptionId: e.subscriptionId });
        if (sb) {
          if (['TERMINATING', 'TERMINATED', 'CANCELLED'].includes(sb.status)) return 'already-ending';
          await this.transitions.apply(m, {
            serviceId: sb.service_id,
            transition: 'TERMINATE',
            actorId,
            message: 'Your subscription has ended, so this service is being shut down. Backups are kept for their retention period.',
            data: { via: e.sourceType },
          });
          return 'service-terminating';
        }
        // Deleted before checkout completion reached us: the order must not turn into a service later.
        if (!order || order.status !== 'PENDING_PAYMENT') return 'no-service';
        await m.query(`UPDATE orders SET status = 'CANCELLED', gateway_subscription_id = coalesce(gateway_subscription_id, $2), updated_at = $3 WHERE id = $1`, [
          order.id,
          e.subscriptionId,
          this.clock.now(),
        ]);
        await this.events.record(m, { actorId, action: 'order.cancelled', subjectType: 'order', subjectId: order.id, clientId: order.clientId, data: { reason: 'subscription deleted' } });
        return 'order-cancelled';
      }
      case 'IGNORED':
        return 'ignored';
    }
  }

  private async applyInvoice(m: EntityManager, e: InvoiceEvent, actorId: string | null): Promise<string> {
    const manual = e.id.startsWith('manual:');
    const ours = manual ? await this.invoices.byId(e.invoiceId, m) : null;
    const order = await lockOrder(m, { id: e.orderId ?? ours?.orderId ?? null, subscriptionId: e.subscriptionId });
    // A pending order has no service yet: nothing to look up.
    const sbBefore =
      order?.status === 'PENDING_PAYMENT'
        ? null
        : await this.lockServiceBilling(m, { subscriptionId: e.subscriptionId, serviceId: ours?.serviceId ?? order?.serviceId ?? null });
    const clientId = order?.clientId ?? sbBefore?.client_id ?? ours?.clientId;
    if (!clientId) return 'unknown-order';

    if (manual) {
      const paid = await this.invoices.markManualPaid(m, e.invoiceId, e.reference ?? '', e.occurredAt);
      if (!paid) return 'invoice-not-open';
    } else {
      await this.invoices.recordGatewayInvoice(m, e, { clientId, orderId: order?.id ?? null, serviceId: sbBefore?.service_id ?? null });
    }

    if (e.kind === 'INVOICE_PAID' && order?.status === 'PENDING_PAYMENT') {
      await this.fulfil(m, order, e.subscriptionId, e.periodStart, e.periodEnd, actorId, e.sourceType);
      return 'fulfilled';
    }
    const sb = sbBefore ?? (await this.lockServiceBilling(m, { serviceId: order?.serviceId ?? null }));
    if (!sb) return e.kind === 'INVOICE_PAID' ? 'paid-no-service' : 'failed-no-service';
    if (!manual && !sbBefore) await m.query('UPDATE invoices SET service_id = $2 WHERE gateway_invoice_id = $1 AND service_id IS NULL', [e.invoiceId, sb.service_id]);

    if (e.kind === 'INVOICE_PAID') {
      if (e.periodStart && e.periodEnd && e.periodEnd > sb.current_period_end) {
        await m.query('UPDATE service_billing SET current_period_start = $2, current_period_end = $3 WHERE service_id = $1', [sb.service_id, e.periodStart, e.periodEnd]);
      }
      return (await this.applyDunning(m, sb, actorId)) ?? 'paid';
    }
    const facts = await this.dunningFactsFor(m, sb);
    const { suspendAt } = dunningDeadlines(facts, { graceDays: sb.grace_days, suspensionDays: sb.suspension_days });
    const hold = await this.accounts.hold(sb.client_id, m);
    await this.events.record(m, {
      actorId,
      action: 'billing.payment_failed',
      subjectType: 'service',
      subjectId: sb.service_id,
      clientId: sb.client_id,
      data: { invoice: e.invoiceId, amount: e.amount.amountMinor, currency: e.amount.currency, suspendAt: hold ? null : suspendAt, hold },
    });
    await this.notices.add(m, {
      clientId: sb.client_id,
      serviceId: sb.service_id,
      kind: 'PAYMENT_FAILED',
      message:
        hold || !suspendAt
          ? `A payment of ${formatMoney(e.amount)} failed. Please update your payment method.`
          : `A payment failed. Please pay by ${suspendAt.toISOString().slice(0, 10)} or the service will be suspended.`,
    });
    return 'payment-failed';
  }

  /** Runs the dunning policy for one locked service now (after a payment, for an immediate unsuspend). */
  async applyDunning(m: EntityManager, sb: ServiceBillingRow, actorId: string | null): Promise<string | null> {
    const facts = await this.dunningFactsFor(m, sb);
    const hold = await this.accounts.hold(sb.client_id, m);
    const step = nextDunningStep(facts, { graceDays: sb.grace_days, suspensionDays: sb.suspension_days }, hold, this.clock.now());
    if (step.kind === 'NONE') return null;
    const effect = DUNNING_EFFECTS[step.kind];
    await this.transitions.apply(m, { serviceId: sb.service_id, transition: effect.transition, actorId, message: effect.message });
    return effect.outcome;
  }

  async lockServiceBilling(m: EntityManager, where: { subscriptionId?: string | null; serviceId?: string | null }): Promise<ServiceBillingRow | null> {
    const by = where.serviceId ? 'sb.service_id = $1' : where.subscriptionId ? 'sb.gateway_subscription_id = $1' : null;
    if (!by) return null;
    const [row] = await rowsOf<ServiceBillingRow>(
      m,
      `SELECT sb.service_id, sb.client_id, s.status, s.suspension_reason, sb.suspended_at, sb.current_period_end, sb.gateway_state_at,
              p.grace_days, p.suspension_days
         FROM service_billing sb JOIN services s ON s.id = sb.service_id JOIN packages p ON p.id = s.package_id
        WHERE ${by} FOR UPDATE OF sb, s`,
      [where.serviceId ?? where.subscriptionId],
    );
    return row ?? null;
  }

  /**
   * The subscription now bills another catalog price (changed in Stripe's portal or by staff there):
   * follow it. Our own changeServicePackage already moved the service, so its key then matches.
   */
  private async followPriceChange(m: EntityManager, sb: ServiceBillingRow, lookupKey: string, actorId: string | null): Promise<boolean> {
    const [current] = await m.query(
      'SELECT pp.lookup_key, s.package_id FROM service_billing sb JOIN package_prices pp ON pp.id = sb.price_id JOIN services s ON s.id = sb.service_id WHERE sb.service_id = $1',
      [sb.service_id],
    );
    if (current.lookup_key === lookupKey) return false;
    const [next] = await m.query('SELECT id, package_id FROM package_prices WHERE lookup_key = $1 ORDER BY active DESC, created_at DESC LIMIT 1', [lookupKey]);
    if (!next || next.package_id === current.package_id || !['PROVISIONING', 'ACTIVE', 'DEGRADED'].includes(sb.status)) return false;
    return this.transitions.changePackage(m, { serviceId: sb.service_id, packageId: next.package_id, priceId: next.id, actorId, data: { via: 'stripe' } });
  }

  private async dunningFactsFor(m: EntityManager, sb: ServiceBillingRow): Promise<DunningFacts> {
    const invoices = await this.invoices.dunningFacts(m, sb.service_id);
    return {
      status: sb.status,
      suspensionReason: sb.suspension_reason,
      suspendedAt: sb.suspended_at,
      overdueSince: overdueSince(invoices, this.clock.now()),
    };
  }

  private async linkSubscription(m: EntityManager, order: OrderRow, subscriptionId: string): Promise<void> {
    if (order.gatewaySubscriptionId) return;
    await m.query('UPDATE orders SET gateway_subscription_id = $2 WHERE id = $1', [order.id, subscriptionId]);
    if (order.serviceId) {
      await m.query('UPDATE service_billing SET gateway_subscription_id = coalesce(gateway_subscription_id, $2) WHERE service_id = $1', [order.serviceId, subscriptionId]);
    }
  }

  private async fulfil(m: EntityManager, order: OrderRow, subscriptionId: string | null, periodStart: Date | null, periodEnd: Date | null, actorId: string | null, via: string) {
    await this.fulfilment.fulfil(m, order, { subscriptionId, periodStart, periodEnd, actorId, via });
  }
}
