import { Inject, Injectable } from '@nestjs/common';
import { money, type PaymentGateway } from '@coop/billing';
import { parsePackageSpec, specForService } from '@coop/provisioning';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput, conflict } from '../../common/errors/domain.exception';
import { gatewayCall } from '../billing/billing.exception';
import { BillingNoticesService } from '../billing/billing-notices.service';
import { InvoicesService } from '../billing/invoices.service';
import { PAYMENT_GATEWAY } from '../billing/payment-gateway.provider';
import { CatalogService, catalogPriceFor } from '../catalog/catalog.service';
import { ClientAccessService } from '../clients/client-access.service';
import { EventLogService } from '../events/event-log.service';
import type { ServiceObject } from '../services/dto/service.object';
import { ClientServicesService } from './client-services.service';
import { lockServiceOrder } from './order-rows';
import type { CancelServiceInput, ChangeServicePackageInput } from './dto/service.inputs';
import { ServiceTransitionsService } from './service-transitions.service';

const LIVE = ['PROVISIONING', 'ACTIVE', 'DEGRADED'];

/** A client cancelling or changing package: the gateway first (idempotent), then our rows in one transaction. */
@Injectable()
export class ServiceChangesService {
  constructor(
    private readonly db: DataSource,
    private readonly services: ClientServicesService,
    private readonly access: ClientAccessService,
    private readonly catalog: CatalogService,
    private readonly invoices: InvoicesService,
    private readonly transitions: ServiceTransitionsService,
    private readonly notices: BillingNoticesService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
  ) {}

  async cancel(user: AuthUser, input: CancelServiceInput): Promise<ServiceObject> {
    const service = await this.services.byId(user, input.serviceId);
    await this.access.assertOwner(user, service.clientId);
    const sb = await this.billingRow(service.id);
    if (!LIVE.includes(service.status) && service.status !== 'SUSPENDED') throw conflict(`The service is ${service.status.toLowerCase()}`);
    if (sb.gateway === 'STRIPE' && sb.gateway_subscription_id) {
      await gatewayCall(() =>
        this.gateway.cancelSubscription({ subscriptionId: sb.gateway_subscription_id, atPeriodEnd: input.atPeriodEnd, requestId: `${service.id}:v${sb.version}` }),
      );
    }
    await this.db.transaction(async (m) => {
      await lockServiceOrder(m, service.id);
      if (input.atPeriodEnd) {
        await m.query('UPDATE service_billing SET cancel_at_period_end = true WHERE service_id = $1', [service.id]);
        await this.events.record(m, { actorId: user.id, action: 'service.cancel_scheduled', subjectType: 'service', subjectId: service.id, clientId: service.clientId });
        await this.notices.add(m, {
          clientId: service.clientId,
          serviceId: service.id,
          kind: 'SERVICE_CANCELLING',
          message: `${service.domain} is cancelled and stays on until ${sb.current_period_end.toISOString().slice(0, 10)}.`,
        });
        return;
      }
      await this.invoices.voidOpenForService(m, service.id);
      await this.transitions.apply(m, {
        serviceId: service.id,
        transition: 'TERMINATE',
        actorId: user.id,
        message: `${service.domain} was cancelled and is being shut down. Backups are kept for their retention period.`,
        data: { via: 'cancelService' },
      });
    });
    return this.services.byId(user, service.id);
  }

  async changePackage(user: AuthUser, input: ChangeServicePackageInput): Promise<ServiceObject> {
    const service = await this.services.byId(user, input.serviceId);
    await this.access.assertOwner(user, service.clientId);
    if (!LIVE.includes(service.status)) throw conflict(`A ${service.status.toLowerCase()} service cannot change package`);
    const target = await this.catalog.bySlug(input.packageSlug);
    if (!target.active) throw badInput('packageSlug', 'is no longer sold');
    if (target.id === service.packageId) throw badInput('packageSlug', 'is the current package');
    const sb = await this.billingRow(service.id);
    const current = await this.catalog.priceById(sb.price_id);
    const next = await this.catalog.currentPrice(target.id, sb.cycle);
    if (!next || next.currency !== current.currency) throw badInput('packageSlug', `is not sold ${sb.cycle.toLowerCase()} in ${current.currency}`);
    // Validate before asking the gateway: the new spec must accept this service's domain.
    specForService(parsePackageSpec(target.spec), service.domain);
    const now = this.clock.now();
    const change = await gatewayCall(() =>
      this.gateway.changePrice({
        subscriptionId: sb.gateway_subscription_id ?? service.id,
        currentPrice: money(current.amountMinor, current.currency),
        newPrice: catalogPriceFor(next, target),
        periodStart: sb.current_period_start,
        periodEnd: sb.current_period_end,
        now,
        requestId: `${service.id}:v${sb.version}`,
      }),
    );
    await this.db.transaction(async (m) => {
      await lockServiceOrder(m, service.id);
      const changed = await this.transitions.changePackage(m, {
        serviceId: service.id,
        packageId: target.id,
        priceId: next.id,
        actorId: user.id,
        expectedVersion: sb.version,
        data: { proration: change.kind === 'INVOICE' ? change.net.amountMinor : 'stripe' },
      });
      if (!changed) throw conflict('The service changed meanwhile; look again and retry');
      if (change.kind === 'INVOICE' && change.net.amountMinor > 0) {
        await this.invoices.issueManual(m, {
          clientId: service.clientId,
          orderId: null,
          serviceId: service.id,
          draft: { lines: change.lines, dueAt: change.dueAt, periodStart: null, periodEnd: null },
        });
      }
    });
    return this.services.byId(user, service.id);
  }

  private async billingRow(serviceId: string) {
    const [row] = await this.db.query(
      'SELECT sb.*, s.version FROM service_billing sb JOIN services s ON s.id = sb.service_id WHERE sb.service_id = $1',
      [serviceId],
    );
    if (!row) throw conflict('This service has no billing record');
    return row;
  }
}
