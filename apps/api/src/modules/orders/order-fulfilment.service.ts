import { Injectable, Logger } from '@nestjs/common';
import { addBillingCycle } from '@coop/billing';
import { parsePackageSpec, specForService } from '@coop/provisioning';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { BillingNoticesService } from '../billing/billing-notices.service';
import { InvoicesService } from '../billing/invoices.service';
import { EventLogService } from '../events/event-log.service';
import { JobsService } from '../jobs/jobs.service';
import type { OrderRow } from './order-rows';
import { APPLY_SERVICE_JOB } from './service-transitions.service';

/**
 * A paid order becomes a service: in ONE transaction the order turns PAID, the service is created in
 * PROVISIONING (never ACTIVE: provisioning decides that once resources exist), its billing row is
 * written and the provisioning job is enqueued. Callers hold the order row lock.
 */
@Injectable()
export class OrderFulfilmentService {
  private readonly logger = new Logger(OrderFulfilmentService.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly events: EventLogService,
    private readonly notices: BillingNoticesService,
    private readonly invoices: InvoicesService,
    private readonly clock: Clock,
  ) {}

  async fulfil(
    m: EntityManager,
    order: OrderRow,
    p: { subscriptionId: string | null; periodStart: Date | null; periodEnd: Date | null; actorId: string | null; via: string },
  ): Promise<string> {
    if (order.status !== 'PENDING_PAYMENT') throw new Error(`order ${order.id} is ${order.status}, not pending`);
    const now = this.clock.now();
    const [pkg] = await m.query('SELECT name, spec FROM packages WHERE id = $1', [order.packageId]);
    const spec = specForService(parsePackageSpec(pkg.spec), order.domain);
    const [service] = await m.query(
      `INSERT INTO services (client_id, package_id, domain, status, spec, created_at, updated_at) VALUES ($1, $2, $3, 'PROVISIONING', $4, $5, $5) RETURNING id`,
      [order.clientId, order.packageId, order.domain, JSON.stringify(spec), now],
    );
    const periodStart = p.periodStart ?? now;
    const periodEnd = p.periodEnd ?? addBillingCycle(periodStart, order.cycle);
    await m.query(
      `INSERT INTO service_billing (service_id, client_id, order_id, price_id, cycle, gateway, gateway_subscription_id, current_period_start, current_period_end)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [service.id, order.clientId, order.id, order.priceId, order.cycle, order.gateway, p.subscriptionId ?? order.gatewaySubscriptionId, periodStart, periodEnd],
    );
    await m.query(
      `UPDATE orders SET status = 'PAID', paid_at = $2, service_id = $3, gateway_subscription_id = coalesce(gateway_subscription_id, $4), updated_at = $2 WHERE id = $1`,
      [order.id, now, service.id, p.subscriptionId],
    );
    await this.invoices.attachOrderInvoicesToService(m, order.id, service.id);
    await this.jobs.send(APPLY_SERVICE_JOB, { serviceId: service.id }, {}, m);
    await this.events.record(m, { actorId: p.actorId, action: 'order.paid', subjectType: 'order', subjectId: order.id, clientId: order.clientId, data: { via: p.via } });
    await this.events.record(m, {
      actorId: p.actorId,
      action: 'service.created',
      subjectType: 'service',
      subjectId: service.id,
      clientId: order.clientId,
      data: { orderId: order.id, domain: order.domain, status: 'PROVISIONING' },
    });
    await this.notices.add(m, {
      clientId: order.clientId,
      serviceId: service.id,
      kind: 'ORDER_PAID',
      message: `Payment received for ${pkg.name} (${order.domain}). We are setting it up now.`,
    });
    this.logger.log({ order: order.id, service: service.id, via: p.via }, 'order paid, service provisioning');
    return service.id;
  }
}
