import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { PaymentGateway } from '@coop/billing';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { BillingEventsService } from './billing-events.service';
import { ManualRenewalsService } from './manual-renewals.service';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';
import { lockServiceOrder } from '../orders/order-rows';

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
 * own transaction with its rows locked), then the manual gateway's chores (ManualRenewalsService).
 * Running it twice changes nothing the second time.
 */
@Injectable()
export class DunningService implements OnModuleInit {
  private readonly logger = new Logger(DunningService.name);

  constructor(
    private readonly db: DataSource,
    private readonly billingEvents: BillingEventsService,
    private readonly manual: ManualRenewalsService,
    private readonly jobs: JobsService,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
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
        await lockServiceOrder(m, service_id);
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
      result.renewalInvoices = await this.manual.issueRenewals();
      result.endedAtPeriodEnd = await this.manual.endCancelledAtPeriodEnd();
      result.expiredOrders = await this.manual.expireUnpaidOrders();
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
}
