import { Inject, Injectable } from '@nestjs/common';
import type { PaymentGateway } from '@coop/billing';
import { PackageSpecError, parsePackageSpec, specForService } from '@coop/provisioning';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput } from '../../common/errors/domain.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { BillingAccountsService } from '../billing/billing-accounts.service';
import { gatewayCall } from '../billing/billing.exception';
import { BillingNoticesService } from '../billing/billing-notices.service';
import { InvoicesService, type InvoiceRow } from '../billing/invoices.service';
import { PAYMENT_GATEWAY } from '../billing/payment-gateway.provider';
import { rowsOf } from '../../database/sql-rows';
import { CatalogService, catalogPriceFor } from '../catalog/catalog.service';
import { ClientAccessService } from '../clients/client-access.service';
import { EventLogService } from '../events/event-log.service';
import type { PurchasePackageInput } from './dto/order.inputs';
import { type OrderRow, toOrder } from './order-rows';

export type Purchase = { order: OrderRow; checkoutUrl: string | null; invoice: InvoiceRow | null };

/** Buying a package: one pending order per (client, package, cycle, domain), and where to pay for it. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ClientAccessService,
    private readonly catalog: CatalogService,
    private readonly invoices: InvoicesService,
    private readonly accounts: BillingAccountsService,
    private readonly notices: BillingNoticesService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async purchase(user: AuthUser, input: PurchasePackageInput): Promise<Purchase> {
    await this.access.assertMember(user, input.clientId);
    const pkg = await this.catalog.bySlug(input.packageSlug);
    if (!pkg.active) throw badInput('packageSlug', 'is no longer sold');
    const domain = validDomain(pkg.spec, input.domain);
    const price = await this.catalog.currentPrice(pkg.id, input.cycle);
    if (!price) throw badInput('cycle', `${input.cycle} is not offered for this package`);

    const order = await this.db.transaction(async (m) => {
      const [inserted] = await m.query(
        `INSERT INTO orders (client_id, package_id, price_id, cycle, domain, gateway, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (client_id, package_id, cycle, domain) WHERE status = 'PENDING_PAYMENT' DO NOTHING RETURNING *`,
        [input.clientId, pkg.id, price.id, input.cycle, domain, this.gateway.kind, user.id, this.clock.now()],
      );
      if (!inserted) {
        const [existing] = await m.query(
          `SELECT * FROM orders WHERE client_id = $1 AND package_id = $2 AND cycle = $3 AND domain = $4 AND status = 'PENDING_PAYMENT'`,
          [input.clientId, pkg.id, input.cycle, domain],
        );
        return toOrder(existing);
      }
      const created = toOrder(inserted);
      await this.events.record(m, {
        actorId: user.id,
        action: 'order.created',
        subjectType: 'order',
        subjectId: created.id,
        clientId: created.clientId,
        data: { package: pkg.slug, cycle: input.cycle, domain, gateway: created.gateway },
      });
      if (this.gateway.kind === 'MANUAL') {
        // No I/O: the manual gateway drafts the invoice, numbered in this same transaction.
        const draft = await this.gateway.createCheckout({
          orderId: created.id,
          clientId: created.clientId,
          customerId: `manual:${created.clientId}`,
          price: catalogPriceFor(price, pkg),
          domain,
          successUrl: '',
          cancelUrl: '',
          now: this.clock.now(),
        });
        if (draft.kind !== 'INVOICE') throw new Error('manual gateway must answer with an invoice');
        const invoice = await this.invoices.issueManual(m, { clientId: created.clientId, orderId: created.id, serviceId: null, draft });
        await this.notices.add(m, {
          clientId: created.clientId,
          serviceId: null,
          kind: 'INVOICE_ISSUED',
          message: `Invoice ${invoice.number} issued for ${pkg.name} (${domain}); it is set up once paid.`,
        });
      }
      return created;
    });

    const withCheckout = order.gateway === 'STRIPE' && !order.checkoutUrl ? await this.openCheckout(order) : order;
    return { order: withCheckout, checkoutUrl: withCheckout.checkoutUrl, invoice: await this.invoices.forOrder(order.id) };
  }

  /** Idempotent: the session's idempotency key is the order id, so a retry gets the same session back. */
  private async openCheckout(order: OrderRow): Promise<OrderRow> {
    const customerId = await this.accounts.customerId(order.clientId);
    const price = await this.catalog.priceById(order.priceId);
    const pkg = await this.catalog.byId(order.packageId);
    const result = await gatewayCall(() =>
      this.gateway.createCheckout({
        orderId: order.id,
        clientId: order.clientId,
        customerId,
        price: catalogPriceFor(price, pkg),
        domain: order.domain,
        successUrl: `${this.config.publicUrl}/services?order=${order.id}`,
        cancelUrl: `${this.config.publicUrl}/packages/${pkg.slug}`,
        now: this.clock.now(),
      }),
    );
    if (result.kind !== 'REDIRECT') throw new Error('Stripe must answer with a checkout URL');
    const [row] = await rowsOf(
      this.db.manager,
      `UPDATE orders SET checkout_session_id = coalesce(checkout_session_id, $2), checkout_url = coalesce(checkout_url, $3), updated_at = $4
        WHERE id = $1 RETURNING *`,
      [order.id, result.sessionId, result.url, this.clock.now()],
    );
    return toOrder(row);
  }

  async forClient(user: AuthUser, clientId: string): Promise<OrderRow[]> {
    await this.access.assertMember(user, clientId);
    const rows = await this.db.query('SELECT * FROM orders WHERE client_id = $1 ORDER BY created_at DESC', [clientId]);
    return rows.map(toOrder);
  }
}

/** Lower-case, no trailing dot, and a real FQDN: the package's spec with the domain filled in must validate. */
export function validDomain(packageSpec: unknown, input: string): string {
  const domain = input.trim().toLowerCase().replace(/\.$/, '');
  try {
    specForService(parsePackageSpec(packageSpec), domain);
  } catch (e) {
    if (e instanceof PackageSpecError && e.field === 'domain') throw badInput('domain', 'must be a domain name such as example.org');
    throw e;
  }
  return domain;
}
